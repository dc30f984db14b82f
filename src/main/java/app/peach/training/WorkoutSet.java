package app.peach.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One set as done: in a workout request and in the stored workout alike. */
@Schema(name = "WorkoutSet")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkoutSet(
        @NotNull @Min(0) @Max(100)
        @Schema(required = true, description = "Reps done, 0–100; 0 is a failed attempt (a set below repsMin)", example = "10")
        Integer reps,
        @DecimalMin("0") @DecimalMax("1000")
        @Schema(description = "Load in kg, 0–1,000 (kept to 0.01 kg); leave out for bodyweight work", nullable = true,
                example = "60") Double loadKg,
        @Min(0) @Max(10)
        @Schema(description = "Reps in reserve, 0–10: how many more reps the set had left (none given: 0 for the 1RM estimate)",
                nullable = true, example = "2") Integer rir) {
}
