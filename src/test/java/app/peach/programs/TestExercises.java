package app.peach.programs;

import java.util.List;

import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseKind;
import app.peach.exercises.Prescription;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/** Made-up exercises for the parts' tests, simple enough to work their numbers out by hand. */
final class TestExercises {
    private TestExercises() {
    }

    /** One set held for {@code holdSeconds}: the estimate is the hold plus 30 s of set-up. */
    static Exercise timed(String slug, ExerciseKind kind, int holdSeconds) {
        return exercise(slug, kind, List.of(Muscle.GLUTEUS_MAXIMUS), Equipment.BODYWEIGHT, Level.BEGINNER, List.of(Goal.values()),
                new Prescription(1, null, holdSeconds, null));
    }

    /** A 3 × 10 lift of the catalog's shape, for ranking and picking. */
    static Exercise lift(String slug, ExerciseKind kind, List<Muscle> primeMovers, Equipment needs, Level level,
            List<Goal> goals) {
        return exercise(slug, kind, primeMovers, needs, level, goals, new Prescription(3, 10, null, 60));
    }

    static Exercise exercise(String slug, ExerciseKind kind, List<Muscle> primeMovers, Equipment needs, Level level,
            List<Goal> goals, Prescription prescription) {
        return new Exercise(slug, slug, primeMovers, List.of(), List.of(needs), level, kind, List.of("Test."), 4.0, "00000",
                "test", prescription, goals, List.of("test"), 3, false);
    }

    static PlannedExercise planned(Exercise e) {
        return Prescriptions.withSets(e, e.prescription().sets(), null);
    }
}
