package app.peach.training;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored workout: the request as recorded, with the rep ranges resolved and each exercise's name. */
@Schema(name = "Workout")
public record Workout(
        @Schema(required = true, example = "2026-11-20") LocalDate date,
        @Schema(required = true) List<Entry> exercises,
        @Schema(nullable = true, example = "Hip thrusts felt strong; left knee fine.") String notes) {

    @Schema(name = "WorkoutExercise")
    public record Entry(
            @Schema(required = true, example = "barbell_hip_thrust") String slug,
            @Schema(required = true, example = "Barbell hip thrust") String name,
            @Schema(description = "Bottom of the target rep range; null for a hold the coach gave no range for",
                    nullable = true, example = "8") Integer repsMin,
            @Schema(description = "Top of the target rep range", nullable = true, example = "12") Integer repsMax,
            @Schema(required = true) List<WorkoutSet> sets) {
    }
}
