package app.peach.energy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Sex;

/** Body of {@code POST /api/v1/energy}. */
@ValidBodyMetrics
@Schema(name = "EnergyRequest", description = "A person and their activity level. Weight and height: metric or the imperial pair, exactly one of each.")
public record EnergyRequest(
        @NotNull @Schema(required = true, example = "female") Sex sex,
        @NotNull @Min(BodyLimits.MIN_ADULT_AGE) @Max(BodyLimits.MAX_AGE)
        @Schema(required = true, description = "Age in whole years, 18–100", example = "30") Integer age,
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG)
        @Schema(description = "Body weight in kg, 25–350 (or weightLb)", example = "65") Double weightKg,
        @Schema(description = "Body weight in lb (instead of weightKg)", example = "143.3") Double weightLb,
        @DecimalMin(BodyLimits.MIN_HEIGHT_CM) @DecimalMax(BodyLimits.MAX_HEIGHT_CM)
        @Schema(description = "Height in cm, 100–250 (or heightIn)", example = "165") Double heightCm,
        @Schema(description = "Height in inches (instead of heightCm)", example = "65") Double heightIn,
        @DecimalMin(BodyLimits.MIN_BODY_FAT_PERCENT) @DecimalMax(BodyLimits.MAX_BODY_FAT_PERCENT)
        @Schema(description = "Body fat %, 3–70; needed by katch_mcardle and cunningham", example = "28") Double bodyFatPercent,
        @NotNull @Schema(required = true, example = "moderately_active") ActivityLevel activityLevel,
        @Schema(description = "Formula for bmrKcal/tdeeKcal; default mifflin_st_jeor", example = "mifflin_st_jeor") Formula formula)
        implements BodyMetrics {

    public Person person() {
        return new Person(sex, age, resolvedWeightKg(), resolvedHeightCm(), bodyFatPercent);
    }
}
