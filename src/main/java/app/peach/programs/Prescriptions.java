package app.peach.programs;

import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseKind;
import app.peach.exercises.Prescription;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;

/**
 * Sets, reps or holds and rest for an exercise in this plan: the catalog's default prescription, with the
 * goal's change to the number of sets. fat_loss keeps strength work moderate, at most 3 sets; glute_growth
 * gives advanced clients one more set on compound lifts, up to 5.
 */
final class Prescriptions {
    private final Goal goal;
    private final Level level;

    Prescriptions(Goal goal, Level level) {
        this.goal = goal;
        this.level = level;
    }

    PlannedExercise plan(Exercise e, String note) {
        int sets = e.prescription().sets();
        if (goal == Goal.FAT_LOSS) {
            sets = Math.min(sets, 3);
        } else if (goal == Goal.GLUTE_GROWTH && level == Level.ADVANCED && e.kind() == ExerciseKind.COMPOUND) {
            sets = Math.min(sets + 1, 5);
        }
        return withSets(e, sets, note);
    }

    /** The default reps or holds and rest, with a number of sets a goal rule sets itself. */
    static PlannedExercise withSets(Exercise e, int sets, String note) {
        Prescription p = e.prescription();
        return new PlannedExercise(e.slug(), e.name(), sets, p.reps(), p.holdSeconds(), p.restSeconds(), note, e);
    }

    /** A cardio bout: one continuous set of {@code minutes}. */
    static PlannedExercise cardioBout(Exercise e, int minutes, String note) {
        return new PlannedExercise(e.slug(), e.name(), 1, null, minutes * 60, null, note, e);
    }
}
