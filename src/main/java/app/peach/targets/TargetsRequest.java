package app.peach.targets;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.BodyLimits;
import app.peach.energy.BodyMetrics;
import app.peach.energy.Formula;
import app.peach.energy.Person;
import app.peach.energy.ValidBodyMetrics;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Sex;

/** Body of {@code POST /api/v1/targets}: the energy request plus the goal and its options. */
@ValidBodyMetrics
@Schema(name = "TargetsRequest")
public record TargetsRequest(
        @NotNull @Schema(required = true, example = "female") Sex sex,
        @NotNull @Min(BodyLimits.MIN_ADULT_AGE) @Max(BodyLimits.MAX_AGE)
        @Schema(required = true, description = "Age in whole years, 18–100", example = "30") Integer age,
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG)
        @Schema(description = "kg, 25–350 (or weightLb)", example = "65") Double weightKg,
        @Schema(description = "lb (instead of weightKg)") Double weightLb,
        @DecimalMin(BodyLimits.MIN_HEIGHT_CM) @DecimalMax(BodyLimits.MAX_HEIGHT_CM)
        @Schema(description = "cm, 100–250 (or heightIn)", example = "165") Double heightCm,
        @Schema(description = "inches (instead of heightCm)") Double heightIn,
        @DecimalMin(BodyLimits.MIN_BODY_FAT_PERCENT) @DecimalMax(BodyLimits.MAX_BODY_FAT_PERCENT)
        @Schema(description = "Body fat %, 3–70 (needed by katch_mcardle and cunningham)") Double bodyFatPercent,
        @NotNull @Schema(required = true, example = "moderately_active") ActivityLevel activityLevel,
        @Schema(description = "Formula for maintenance; default mifflin_st_jeor") Formula formula,
        @NotNull @Schema(required = true, example = "glute_growth") Goal goal,
        @DecimalMin("-2") @DecimalMax("2")
        @Schema(description = "Signed kg per week the client wants (negative to lose), -2 to 2; the goal's policy and "
                + "the safety limits bound it", example = "-0.5") Double weeklyRateKg,
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG)
        @Schema(description = "Weight the client aims for, kg", example = "60") Double targetWeightKg,
        @Schema(description = "Under a clinician's supervision: the calorie floor does not apply; default false")
        Boolean medicallySupervised) implements BodyMetrics {

    public Person person() {
        return new Person(sex, age, resolvedWeightKg(), resolvedHeightCm(), bodyFatPercent);
    }

    public boolean supervised() {
        return Boolean.TRUE.equals(medicallySupervised);
    }
}
