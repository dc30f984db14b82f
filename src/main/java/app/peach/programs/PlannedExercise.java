package app.peach.programs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import app.peach.exercises.Exercise;

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
    /** Estimated seconds: every set's work, rest between sets, and the set-up allowance (see {@link Exercise#setSeconds}). */
    public int seconds() {
        int rest = restSeconds == null ? 0 : restSeconds * (sets - 1);
        return sets * exercise.setSeconds(reps, holdSeconds) + rest + exercise.setupSeconds();
    }
}
