package app.peach.projections;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.BodyLimits;
import app.peach.energy.BodyMetrics;
import app.peach.energy.ValidBodyMetrics;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Sex;

/**
 * Body of {@code POST /api/v1/projections}: the energy request (activityLevel required) plus exactly one of dailyKcal,
 * dailyKcalChange, or targetWeightKg with targetDate or days; physicalActivityLevel, when given, wins over activityLevel.
 */
@ValidBodyMetrics
@Schema(name = "ProjectionRequest")
public record ProjectionRequest(
        @NotNull @Schema(required = true, example = "male") Sex sex,
        @NotNull @Min(BodyLimits.MIN_ADULT_AGE) @Max(BodyLimits.MAX_AGE) @Schema(required = true, example = "40") Integer age,
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG) @Schema(example = "90") Double weightKg,
        Double weightLb,
        @DecimalMin(BodyLimits.MIN_HEIGHT_CM) @DecimalMax(BodyLimits.MAX_HEIGHT_CM) @Schema(example = "180") Double heightCm,
        Double heightIn,
        @DecimalMin(BodyLimits.MIN_BODY_FAT_PERCENT) @DecimalMax(BodyLimits.MAX_BODY_FAT_PERCENT)
        @Schema(description = "Measured body fat; otherwise the model estimates initial fat mass") Double bodyFatPercent,
        @NotNull @Schema(required = true, description = "Its multiplier is the model's physical activity level, unless "
                + "physicalActivityLevel is given", example = "moderately_active") ActivityLevel activityLevel,
        @DecimalMin("1.2") @DecimalMax("2.5") @Schema(description = "PAL, 1.2–2.5; when given it wins over activityLevel's "
                + "multiplier", example = "1.5") Double physicalActivityLevel,
        @DecimalMin("0") @DecimalMax("20000") @Schema(description = "The planned intake, kcal/day", example = "2400") Double dailyKcal,
        @DecimalMin("-10000") @DecimalMax("10000") @Schema(description = "Change from today's intake, kcal/day", example = "-500")
        Double dailyKcalChange,
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG)
        @Schema(description = "Target weight, kg (with targetDate or days)", example = "80") Double targetWeightKg,
        @Schema(description = "Day to reach targetWeightKg, ISO date after today", example = "2027-11-23") LocalDate targetDate,
        @Min(1) @Max(3650) @Schema(description = "Horizon in days, 1–3,650 (10 years); default 365", example = "365") Integer days)
        implements BodyMetrics {
}
