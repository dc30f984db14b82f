package app.peach.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of weeks from one week's plan (the contract's "Blocks"). Every week before the last aims at fewer reps
 * in reserve than the one before, 3, 2, 1, 1, … (never under 1), so that effort rises through the block; a block
 * of 4 or more weeks ends with a deload week: the same exercises, each with its sets halved (rounded up), at 4
 * reps in reserve. A block of 1–3 weeks has no deload: each of its weeks follows 3, 2, 1. Pure Java: the same
 * week-1 plan always gives the same block.
 */
public final class TrainingBlock {
    public static final int MAX_WEEKS = 8;
    /** Blocks this long or longer end with a deload week. */
    public static final int DELOAD_FROM_WEEKS = 4;
    public static final int FIRST_WEEK_RIR = 3;
    public static final int MIN_RIR = 1;
    public static final int DELOAD_RIR = 4;

    private TrainingBlock() {
    }

    /** The {@code weeks} weeks of a block whose first week is {@code week1} (weeks 1–8). */
    public static List<ProgramWeek> of(List<ProgramDay> week1, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks must be 1-" + MAX_WEEKS + ": " + weeks);
        }
        List<ProgramDay> deloadDays = weeks >= DELOAD_FROM_WEEKS ? deload(week1) : null;
        List<ProgramWeek> out = new ArrayList<>(weeks);
        for (int w = 1; w <= weeks; w++) {
            boolean deload = deloadDays != null && w == weeks;
            out.add(deload ? new ProgramWeek(w, true, DELOAD_RIR, deloadDays)
                    : new ProgramWeek(w, false, targetRir(w), week1));
        }
        return out;
    }

    /** Reps in reserve of a week that is not a deload: 3, 2, 1, 1, … */
    public static int targetRir(int week) {
        return Math.max(MIN_RIR, FIRST_WEEK_RIR + 1 - week);
    }

    /** How the block runs, for the plan's progression notes; null for a single week. */
    public static String describe(int weeks) {
        if (weeks <= 1) {
            return null;
        }
        StringBuilder rir = new StringBuilder();
        int hard = weeks >= DELOAD_FROM_WEEKS ? weeks - 1 : weeks;
        for (int w = 1; w <= hard; w++) {
            rir.append(w == 1 ? "" : ", ").append(targetRir(w));
        }
        String line = "A block of " + weeks + " weeks: end each working set with " + rir + " reps in reserve in weeks 1-"
                + hard + ", adding load as the sets allow";
        return weeks >= DELOAD_FROM_WEEKS
                ? line + "; week " + weeks + " is a deload (the same exercises at half the sets, " + DELOAD_RIR
                        + " reps in reserve) before the next block."
                : line + ".";
    }

    private static List<ProgramDay> deload(List<ProgramDay> week) {
        List<ProgramDay> days = new ArrayList<>(week.size());
        for (ProgramDay d : week) {
            List<PlannedExercise> halved = new ArrayList<>(d.exercises().size());
            int seconds = 0;
            for (PlannedExercise p : d.exercises()) {
                PlannedExercise h = new PlannedExercise(p.slug(), p.name(), (p.sets() + 1) / 2, p.reps(), p.holdSeconds(),
                        p.restSeconds(), p.notes(), p.exercise());
                halved.add(h);
                seconds += h.seconds();
            }
            days.add(new ProgramDay(d.day(), d.type(), d.focus(), (int) Math.round(seconds / 60.0), List.copyOf(halved)));
        }
        return List.copyOf(days);
    }
}
