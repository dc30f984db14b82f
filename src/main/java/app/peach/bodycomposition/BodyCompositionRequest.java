package app.peach.bodycomposition;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.BodyLimits;
import app.peach.energy.MetricPairs;
import app.peach.energy.ValidMetricPairs;
import app.peach.vocabulary.Sex;

/** Body of {@code POST /api/v1/body-composition}: each measure in cm (kg) or in inches (lb), exactly one of a pair. */
@ValidMetricPairs
@Schema(name = "BodyCompositionRequest", description = "Sex, height and tape measurements. Each measure metric or "
        + "imperial, exactly one of a pair; weight, hip and neck are optional (the figures that need them are null).")
public record BodyCompositionRequest(
        @NotNull @Schema(required = true, example = "female") Sex sex,
        @DecimalMin(BodyLimits.MIN_HEIGHT_CM) @DecimalMax(BodyLimits.MAX_HEIGHT_CM)
        @Schema(description = "Height in cm, 100–250 (or heightIn)", example = "165") Double heightCm,
        @Schema(description = "Height in inches (instead of heightCm)", example = "65") Double heightIn,
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG)
        @Schema(description = "Body weight in kg, 25–350 (or weightLb); needed for fatFreeMassKg", example = "60") Double weightKg,
        @Schema(description = "Body weight in lb (instead of weightKg)", example = "132.3") Double weightLb,
        @DecimalMin(BodyLimits.MIN_GIRTH_CM) @DecimalMax(BodyLimits.MAX_GIRTH_CM)
        @Schema(description = "Waist circumference in cm, 10–250 (or waistIn), at the navel for men and the narrowest "
                + "point for women (the Navy protocol)", example = "70") Double waistCm,
        @Schema(description = "Waist in inches (instead of waistCm)", example = "27.6") Double waistIn,
        @DecimalMin(BodyLimits.MIN_GIRTH_CM) @DecimalMax(BodyLimits.MAX_GIRTH_CM)
        @Schema(description = "Hip circumference in cm at the widest point of the buttocks, 10–250 (or hipIn); needed "
                + "for the waist-to-hip ratio and a woman's Navy body fat", example = "100") Double hipCm,
        @Schema(description = "Hip in inches (instead of hipCm)", example = "39.4") Double hipIn,
        @DecimalMin(BodyLimits.MIN_GIRTH_CM) @DecimalMax(BodyLimits.MAX_GIRTH_CM)
        @Schema(description = "Neck circumference in cm below the larynx, 10–250 (or neckIn); needed for Navy body fat",
                example = "32") Double neckCm,
        @Schema(description = "Neck in inches (instead of neckCm)", example = "12.6") Double neckIn)
        implements MetricPairs.Carrier {

    @Override
    public List<MetricPairs.Given> metricPairs() {
        return List.of(height(), weight(), waist(), hip(), neck());
    }

    MetricPairs.Given height() {
        return new MetricPairs.Given(MetricPairs.HEIGHT, heightCm, heightIn, true);
    }

    MetricPairs.Given weight() {
        return new MetricPairs.Given(MetricPairs.WEIGHT, weightKg, weightLb, false);
    }

    MetricPairs.Given waist() {
        return new MetricPairs.Given(MetricPairs.WAIST, waistCm, waistIn, true);
    }

    MetricPairs.Given hip() {
        return new MetricPairs.Given(MetricPairs.HIP, hipCm, hipIn, false);
    }

    MetricPairs.Given neck() {
        return new MetricPairs.Given(MetricPairs.NECK, neckCm, neckIn, false);
    }
}
