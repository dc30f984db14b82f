package app.peach.energy;

import java.util.Locale;

import app.peach.web.ValidationProblem;

/**
 * Resolves a metric/imperial pair given outside a {@link BodyMetrics} request (a weigh-in, a client's
 * height, a program's body weight): exactly one of the two, inside the plausible range once converted.
 * Violations name the field the client sent.
 */
public final class MetricPairs {
    private MetricPairs() {
    }

    /** Body weight in kg from weightKg or weightLb; null when neither is given and {@code required} is false. */
    public static Double weightKg(Double kg, Double lb, boolean required) {
        return resolve(kg, lb, required, "weightKg", "weightLb", BodyLimits.KG_PER_LB, BodyLimits.minWeightKg(),
                BodyLimits.maxWeightKg(), "lb", "kg");
    }

    /** Height in cm from heightCm or heightIn. */
    public static double heightCm(Double cm, Double in) {
        return resolve(cm, in, true, "heightCm", "heightIn", BodyLimits.CM_PER_IN, BodyLimits.minHeightCm(),
                BodyLimits.maxHeightCm(), "in", "cm");
    }

    private static Double resolve(Double metric, Double imperial, boolean required, String metricField,
            String imperialField, double factor, double min, double max, String imperialUnit, String metricUnit) {
        if (metric != null && imperial != null) {
            throw new ValidationProblem(imperialField,
                    "must not be given together with " + metricField + ": send exactly one of the pair");
        }
        if (metric == null && imperial == null) {
            if (required) {
                throw new ValidationProblem(metricField, "is required (or give " + imperialField + " instead)");
            }
            return null;
        }
        if (metric != null) {
            return metric;
        }
        double converted = imperial * factor;
        if (!(converted >= min && converted <= max)) {
            throw new ValidationProblem(imperialField, String.format(Locale.ROOT, "must be between %.1f and %.1f %s (%d–%d %s)",
                    min / factor, max / factor, imperialUnit, (long) min, (long) max, metricUnit));
        }
        return converted;
    }
}
