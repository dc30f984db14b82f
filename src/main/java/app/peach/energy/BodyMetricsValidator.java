package app.peach.energy;

import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks the metric/imperial pairs of a {@link BodyMetrics} request (see {@link ValidBodyMetrics}). */
public class BodyMetricsValidator implements ConstraintValidator<ValidBodyMetrics, BodyMetrics> {

    @Override
    public boolean isValid(BodyMetrics m, ConstraintValidatorContext ctx) {
        if (m == null) {
            return true;
        }
        ctx.disableDefaultConstraintViolation();
        boolean weightOk = pair(ctx, m.weightKg(), m.weightLb(), "weightKg", "weightLb",
                BodyLimits.KG_PER_LB, BodyLimits.minWeightKg(), BodyLimits.maxWeightKg(), "lb", "kg");
        boolean heightOk = pair(ctx, m.heightCm(), m.heightIn(), "heightCm", "heightIn",
                BodyLimits.CM_PER_IN, BodyLimits.minHeightCm(), BodyLimits.maxHeightCm(), "in", "cm");
        return weightOk && heightOk;
    }

    private static boolean pair(ConstraintValidatorContext ctx, Double metric, Double imperial, String metricField,
            String imperialField, double factor, double min, double max, String imperialUnit, String metricUnit) {
        if (metric == null && imperial == null) {
            return violation(ctx, metricField, "is required (or give " + imperialField + " instead)");
        }
        if (metric != null && imperial != null) {
            return violation(ctx, imperialField, "must not be given together with " + metricField
                    + ": send exactly one of the pair");
        }
        if (imperial != null) {
            double converted = imperial * factor;
            if (!(converted >= min && converted <= max)) {
                return violation(ctx, imperialField, String.format(Locale.ROOT,
                        "must be between %.1f and %.1f %s (%s–%s %s)", min / factor, max / factor, imperialUnit,
                        strip(min), strip(max), metricUnit));
            }
        }
        return true;
    }

    private static String strip(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean violation(ConstraintValidatorContext ctx, String field, String message) {
        ctx.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
