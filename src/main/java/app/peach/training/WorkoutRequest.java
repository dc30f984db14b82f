package app.peach.training;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.web.PlainText;

/** Body of {@code PUT /api/v1/clients/{id}/workouts/{date}}: what the client did that day. */
@Schema(name = "WorkoutRequest")
public record WorkoutRequest(
        @NotNull @Size(min = 1, max = WorkoutRequest.MAX_EXERCISES)
        @Schema(required = true, description = "The exercises in the order done, 1–20, each at most once")
        List<@NotNull @Valid LoggedExercise> exercises,
        @Size(max = 4000) @Pattern(regexp = PlainText.MULTILINE, message = PlainText.LINE_MESSAGE)
        @Schema(description = "The coach's notes on the session", example = "Hip thrusts felt strong; left knee fine.")
        String notes) {

    static final int MAX_EXERCISES = 20;
    static final int MAX_SETS = 20;

    /** One exercise of the workout with its sets. */
    @Schema(name = "WorkoutExerciseRequest")
    public record LoggedExercise(
            @NotBlank @Size(max = 100)
            @Schema(required = true, description = "A catalog exercise (GET /api/v1/exercises)", example = "barbell_hip_thrust")
            String slug,
            @Min(1) @Max(100)
            @Schema(description = "Bottom of the target rep range (default: the catalog prescription's reps)", example = "8")
            Integer repsMin,
            @Min(1) @Max(100)
            @Schema(description = "Top of the target rep range (default: the catalog prescription's reps)", example = "12")
            Integer repsMax,
            @NotNull @Size(min = 1, max = WorkoutRequest.MAX_SETS)
            @Schema(required = true, description = "The sets in the order done, 1–20")
            List<@NotNull @Valid WorkoutSet> sets) {
    }
}
