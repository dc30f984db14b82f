package app.peach.programs;

import java.util.ArrayList;
import java.util.List;

import app.peach.exercises.Exercise;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;

/**
 * How the client makes the plan harder over the weeks. Beginners learn the movements with bodyweight and
 * bands, then add reps, a stronger band or a small load; intermediate and advanced clients follow the ACSM
 * (2009) progressive-overload rule: beat the prescribed reps by 1-2 on two sessions in a row, add 2-10 % load.
 * Each goal adds one line of its own.
 */
final class Progression {
    private Progression() {
    }

    /** The plan's "how to progress" lines. */
    static List<String> lines(Level level, Goal goal) {
        List<String> lines = new ArrayList<>();
        if (level == Level.BEGINNER) {
            lines.add("Weeks 1-4: learn each movement with bodyweight or a band; feel the glutes work (use the "
                    + "activation check).");
            lines.add("When every set reaches the top of the rep range with good form, add reps, a stronger band or "
                    + "a small load; after 8-12 weeks, move on to the intermediate plan.");
        } else {
            lines.add("Progressive overload (ACSM 2009): when you can do 1-2 reps more than prescribed on two "
                    + "consecutive sessions, add 2-10 % load.");
            lines.add("Keep at least one day between sessions that load the same muscles.");
        }
        lines.add(switch (goal) {
            case GLUTE_GROWTH -> "Growth needs a hard stimulus: take the last sets close to failure and add a set to "
                    + "the main hip-extension lift every 2-3 weeks, up to 5.";
            case FAT_LOSS -> "Keep strength work moderate (up to 3 sets) and build cardio towards 300 minutes a week "
                    + "for more weight loss.";
            case HIP_DIPS -> "Progress the side-glute work: bodyweight, then band, then ankle weight or cable; keep "
                    + "body fat moderate.";
            case BUTT_LIFT -> "Keep the daily hip-flexor stretch and hip extension for 2-3 months, and after every "
                    + "long bout of sitting or cycling.";
            case MAINTENANCE -> "Keep training each muscle group at least twice a week.";
        });
        return lines;
    }

    /**
     * The note on a day's first main lift, where the client sees the rule at work. An unweighted lift gives an
     * intermediate or advanced client no load to add, so it gets none.
     */
    static String firstLiftNote(Level level, Exercise lift) {
        if (level == Level.BEGINNER) {
            return "When every set reaches the top of the rep range with good form, add reps, a band or a small load.";
        }
        return RankedExercises.weighted(lift)
                ? "Progressive overload: when you beat the prescribed reps by 1-2 on two sessions in a row, add 2-10 % load."
                : null;
    }
}
