package app.peach.safety;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.BodyLimits;
import app.peach.energy.BodyMetrics;
import app.peach.energy.ValidBodyMetrics;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.BodyArea;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Sex;

/** Body of {@code POST /api/v1/safety/evaluate}: a profile and, optionally, every part of a plan. */
@ValidBodyMetrics
@Schema(name = "SafetyRequest")
public record SafetyRequest(
        @NotNull @Schema(required = true, example = "female") Sex sex,
        @NotNull @Min(BodyLimits.MIN_ADULT_AGE) @Max(BodyLimits.MAX_AGE) @Schema(required = true, example = "30") Integer age,
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG) @Schema(example = "65") Double weightKg,
        Double weightLb,
        @DecimalMin(BodyLimits.MIN_HEIGHT_CM) @DecimalMax(BodyLimits.MAX_HEIGHT_CM) @Schema(example = "165") Double heightCm,
        Double heightIn,
        @Schema(description = "Sets the maintenance deficits and surpluses are measured from; default sedentary")
        ActivityLevel activityLevel,
        Goal goal,
        @DecimalMin("0") @DecimalMax("20000") @Schema(description = "Planned intake, kcal/day", example = "1100") Double dailyKcal,
        @DecimalMin("-5") @DecimalMax("5") @Schema(description = "Planned change, signed kg/week", example = "-1.0")
        Double weeklyRateKg,
        @DecimalMin("0") @DecimalMax("10") @Schema(description = "Protein, g per kg body weight per day", example = "1.2")
        Double proteinGPerKg,
        @Min(0) @Max(7) @Schema(description = "Strength-training days a week", example = "1") Integer strengthDaysPerWeek,
        @Size(max = 7) @Schema(description = "Training days of the week (each day once)") List<@Valid @NotNull TrainingDayRequest> trainingDays,
        @Min(0) @Max(10080) @Schema(description = "Moderate aerobic minutes a week", example = "60") Integer aerobicMinutesPerWeek,
        @Min(0) @Max(10080) @Schema(description = "Vigorous aerobic minutes a week", example = "0") Integer vigorousAerobicMinutesPerWeek,
        @DecimalMin("0") @DecimalMax("100000") @Schema(description = "Exercise energy expenditure, kcal/week") Double exerciseKcalPerWeek,
        @DecimalMin(BodyLimits.MIN_BODY_FAT_PERCENT) @DecimalMax(BodyLimits.MAX_BODY_FAT_PERCENT) Double bodyFatPercent,
        @Size(max = 6) @Schema(description = "Body areas the client wants to change") List<@NotNull BodyArea> targetAreas,
        @Schema(description = "Under a clinician's supervision; default false") Boolean medicallySupervised,
        @Schema(description = "Currently pregnant; default false") Boolean pregnant) implements BodyMetrics {

    @Schema(name = "TrainingDay")
    public record TrainingDayRequest(
            @NotNull @Min(1) @Max(7) @Schema(required = true, description = "Day of the week, 1–7", example = "1") Integer day,
            @NotNull @Size(max = 20) @Schema(required = true, example = "[\"gluteus_maximus\", \"hamstrings\"]")
            List<@NotNull Muscle> muscleGroups) {
    }
}
