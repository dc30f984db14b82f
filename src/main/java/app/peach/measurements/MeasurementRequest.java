package app.peach.measurements;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.BodyLimits;
import app.peach.energy.MetricPairs;
import app.peach.energy.ValidMetricPairs;

/** Body of {@code PUT …/measurements/{date}}: at least one figure; each girth in cm or inches, not both. */
@ValidMetricPairs
@Schema(name = "MeasurementRequest", description = "At least one figure. Girths 10–250 cm, each in cm or in inches "
        + "(exactly one of a pair when given); body fat 3–70 % as measured (DXA, BIA, calipers).")
public record MeasurementRequest(
        @DecimalMin(BodyLimits.MIN_GIRTH_CM) @DecimalMax(BodyLimits.MAX_GIRTH_CM)
        @Schema(description = "Waist, cm (or waistIn)", example = "70.5") Double waistCm,
        @Schema(description = "Waist, inches (instead of waistCm)") Double waistIn,
        @DecimalMin(BodyLimits.MIN_GIRTH_CM) @DecimalMax(BodyLimits.MAX_GIRTH_CM)
        @Schema(description = "Hips at the widest point of the buttocks, cm (or hipIn)", example = "101") Double hipCm,
        @Schema(description = "Hips, inches (instead of hipCm)") Double hipIn,
        @DecimalMin(BodyLimits.MIN_GIRTH_CM) @DecimalMax(BodyLimits.MAX_GIRTH_CM)
        @Schema(description = "Thigh, cm (or thighIn)", example = "58") Double thighCm,
        @Schema(description = "Thigh, inches (instead of thighCm)") Double thighIn,
        @DecimalMin(BodyLimits.MIN_GIRTH_CM) @DecimalMax(BodyLimits.MAX_GIRTH_CM)
        @Schema(description = "Neck, cm (or neckIn)", example = "32") Double neckCm,
        @Schema(description = "Neck, inches (instead of neckCm)") Double neckIn,
        @DecimalMin(BodyLimits.MIN_BODY_FAT_PERCENT) @DecimalMax(BodyLimits.MAX_BODY_FAT_PERCENT)
        @Schema(description = "Measured body fat, %", example = "27") Double bodyFatPercent)
        implements MetricPairs.Carrier {

    @Override
    public List<MetricPairs.Given> metricPairs() {
        return List.of(waist(), hip(), thigh(), neck());
    }

    MetricPairs.Given waist() {
        return new MetricPairs.Given(MetricPairs.WAIST, waistCm, waistIn, false);
    }

    MetricPairs.Given hip() {
        return new MetricPairs.Given(MetricPairs.HIP, hipCm, hipIn, false);
    }

    MetricPairs.Given thigh() {
        return new MetricPairs.Given(MetricPairs.THIGH, thighCm, thighIn, false);
    }

    MetricPairs.Given neck() {
        return new MetricPairs.Given(MetricPairs.NECK, neckCm, neckIn, false);
    }
}
