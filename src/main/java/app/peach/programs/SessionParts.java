package app.peach.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * A session's exercises in the order the client does them, grouped by how much they matter: the warm-up, the
 * goal's daily pair (butt_lift), the main lifts, core work and the cool-down.
 */
record SessionParts(List<PlannedExercise> warmUp, List<PlannedExercise> daily, List<PlannedExercise> main,
        List<PlannedExercise> core, List<PlannedExercise> coolDown) {

    /** A session of the goal's daily work only (a mobility day): nothing in it may be dropped. */
    static SessionParts dailyOnly(List<PlannedExercise> daily) {
        return new SessionParts(List.of(), daily, List.of(), List.of(), List.of());
    }

    /**
     * The session cut to {@code minutes}. Lower-priority work goes first, one exercise at a time, until the
     * estimate fits: the cool-down, then core work beyond the first exercise, warm-up drills beyond the first,
     * later main lifts (the first stays), the last core exercise, the last warm-up drill. The daily pair and the
     * first main lift are the session's point and always stay: when they alone are too long, the session is
     * kept as it is and {@link Fitted#fits()} is false. No limit ({@code null}) keeps everything.
     */
    Fitted fitWithin(Integer minutes) {
        List<PlannedExercise> w = new ArrayList<>(warmUp);
        List<PlannedExercise> m = new ArrayList<>(main);
        List<PlannedExercise> c = new ArrayList<>(core);
        List<PlannedExercise> cd = new ArrayList<>(coolDown);
        boolean fits = true;
        if (minutes != null) {
            while (fits && seconds(w, daily, m, c, cd) > minutes * 60) {
                fits = dropLast(cd, 0) || dropLast(c, 1) || dropLast(w, 1) || dropLast(m, 1) || dropLast(c, 0)
                        || dropLast(w, 0);
            }
        }
        List<PlannedExercise> all = new ArrayList<>(w);
        all.addAll(daily);
        all.addAll(m);
        all.addAll(c);
        all.addAll(cd);
        return new Fitted(all, fits);
    }

    /** The session's exercises and whether they fit the limit. */
    record Fitted(List<PlannedExercise> exercises, boolean fits) {
        /** The session's length, whole minutes rounded up: what a too-short limit is compared with. */
        int minutes() {
            return (int) Math.ceil(seconds(exercises) / 60.0);
        }
    }

    /** Removes the last exercise of {@code part} if it holds more than {@code keep}; false when it cannot. */
    private static boolean dropLast(List<PlannedExercise> part, int keep) {
        if (part.size() <= keep) {
            return false;
        }
        part.remove(part.size() - 1);
        return true;
    }

    @SafeVarargs
    private static int seconds(List<PlannedExercise>... parts) {
        int s = 0;
        for (List<PlannedExercise> part : parts) {
            for (PlannedExercise p : part) {
                s += p.seconds();
            }
        }
        return s;
    }
}
