package app.peach.programs;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.BodyLimits;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;

/** Body of {@code POST /api/v1/programs}. */
@Schema(name = "ProgramRequest")
public record ProgramRequest(
        @NotNull @Schema(required = true, example = "glute_growth") Goal goal,
        @NotNull @Schema(required = true, example = "intermediate") Level level,
        @NotNull @Size(max = 20) @Schema(required = true,
                description = "What the client has ([] for none); bodyweight exercises are always possible",
                example = "[\"barbell\", \"bench\", \"resistance_band\"]") List<@NotNull Equipment> equipment,
        @NotNull @Min(2) @Max(6) @Schema(required = true, description = "Strength days a week, 2–6", example = "4")
        Integer daysPerWeek,
        @Min(10) @Max(180) @Schema(description = "Upper bound on each day's session, minutes", example = "60") Integer sessionMinutes,
        @Schema(description = "Sits most of the day (butt_lift: more hip-flexor work)") Boolean sitsMostOfDay,
        @Schema(description = "Cycles regularly (butt_lift: more hip-flexor work)") Boolean cyclesRegularly,
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG)
        @Schema(description = "Body weight, kg: gives weeklyExerciseKcal (METs × kg × hours)", example = "65") Double weightKg,
        @Schema(description = "Body weight in lb (instead of weightKg)") Double weightLb,
        @Min(1) @Max(TrainingBlock.MAX_WEEKS)
        @Schema(description = "Weeks of the block, 1–8 (default 1): target reps in reserve 3, 2, 1, 1, …; a block of 4 or "
                + "more ends with a deload week", example = "5") Integer weeks) {
}
