package app.peach.programs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseKind;

/** One exercise of a day, with its prescription for this plan. */
@Schema(name = "PlannedExercise")
public record PlannedExercise(
        @Schema(example = "barbell_hip_thrust") String slug,
        @Schema(example = "Barbell hip thrust") String name,
        @Schema(example = "4") int sets,
        @Schema(nullable = true, example = "10") Integer reps,
        @Schema(nullable = true) Integer holdSeconds,
        @Schema(nullable = true, example = "120") Integer restSeconds,
        @Schema(nullable = true) String notes,
        @JsonIgnore Exercise exercise) {
    /** Getting into position and setting up the kit, once per exercise. */
    static final int SETUP_SECONDS = 30;

    /**
     * Estimated seconds: work (reps × tempo, or holds; both sides when unilateral), rest between sets, and a
     * set-up allowance (none for a cardio bout, which is its duration).
     */
    public int seconds() {
        int perSet = 0;
        if (reps != null) {
            perSet += reps * exercise.secondsPerRep();
        }
        if (holdSeconds != null) {
            perSet += reps != null ? reps * holdSeconds : holdSeconds;
        }
        if (exercise.unilateral()) {
            perSet *= 2;
        }
        int rest = restSeconds == null ? 0 : restSeconds * (sets - 1);
        int setup = exercise.kind() == ExerciseKind.CARDIO ? 0 : SETUP_SECONDS;
        return sets * perSet + rest + setup;
    }
}
