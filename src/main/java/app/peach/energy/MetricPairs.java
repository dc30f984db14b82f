package app.peach.energy;

import static app.peach.vocabulary.Wording.fixed;

import java.util.List;
import java.util.Optional;

import app.peach.vocabulary.InvalidInput;
import app.peach.vocabulary.Violation;

/**
 * The metric/imperial pairs of the contract (weightKg/weightLb, heightCm/heightIn): exactly one of the two,
 * inside the plausible range once converted. One check, used two ways: {@link BodyMetricsValidator} turns its
 * violation into a Bean Validation report for request records; {@link #weightKg} and {@link #heightCm}
 * resolve the value (or throw) where a pair comes outside such a record (weigh-ins, clients, programs).
 * Girths (waist, hip, thigh, neck in cm or inches) are pairs too: {@link #girth}, checked on a request by
 * {@link ValidMetricPairs}.
 */
public final class MetricPairs {

    /** A pair: field names, the conversion factor to metric, the metric range and the units. */
    public record Pair(String metricField, String imperialField, double factor, double min, double max,
            String imperialUnit, String metricUnit) {

        /** The violation of this pair, if any; {@code required}: one of the two must be given. */
        public Optional<Violation> check(Double metric, Double imperial, boolean required) {
            if (metric != null && imperial != null) {
                return Optional.of(new Violation(imperialField,
                        "must not be given together with " + metricField + ": send exactly one of the pair"));
            }
            if (metric == null && imperial == null) {
                return required
                        ? Optional.of(new Violation(metricField, "is required (or give " + imperialField + " instead)"))
                        : Optional.empty();
            }
            if (imperial != null) {
                double converted = imperial * factor;
                if (!(converted >= min && converted <= max)) {
                    return Optional.of(new Violation(imperialField, "must be between " + fixed(min / factor, 1)
                            + " and " + fixed(max / factor, 1) + " " + imperialUnit + " (" + (long) min + "–" + (long) max
                            + " " + metricUnit + ")"));
                }
            }
            return Optional.empty();
        }

        /** The metric value: the metric field as given, or the imperial one converted; null when neither. */
        public Double resolve(Double metric, Double imperial) {
            return metric != null ? metric : imperial == null ? null : imperial * factor;
        }
    }

    public static final Pair WEIGHT = new Pair("weightKg", "weightLb", BodyLimits.KG_PER_LB, BodyLimits.MIN_WEIGHT,
            BodyLimits.MAX_WEIGHT, "lb", "kg");
    public static final Pair HEIGHT = new Pair("heightCm", "heightIn", BodyLimits.CM_PER_IN, BodyLimits.MIN_HEIGHT,
            BodyLimits.MAX_HEIGHT, "in", "cm");

    /** Body circumferences: 10–250 cm, or the same in inches. */
    public static final Pair WAIST = girth("waistCm", "waistIn");
    public static final Pair HIP = girth("hipCm", "hipIn");
    public static final Pair THIGH = girth("thighCm", "thighIn");
    public static final Pair NECK = girth("neckCm", "neckIn");

    private static Pair girth(String metricField, String imperialField) {
        return new Pair(metricField, imperialField, BodyLimits.CM_PER_IN, BodyLimits.MIN_GIRTH, BodyLimits.MAX_GIRTH,
                "in", "cm");
    }

    /** One pair as a request sent it, for {@link ValidMetricPairs}. */
    public record Given(Pair pair, Double metric, Double imperial, boolean required) {
        public Optional<Violation> check() {
            return pair.check(metric, imperial, required);
        }

        public Double resolved() {
            return pair.resolve(metric, imperial);
        }

        /** The field the client sent (the imperial one when only that was sent), to name in a violation. */
        public String sentField() {
            return imperial != null && metric == null ? pair.imperialField() : pair.metricField();
        }
    }

    /** A request with metric/imperial pairs beyond weight and height, checked by {@link ValidMetricPairs}. */
    public interface Carrier {
        List<Given> metricPairs();
    }

    private MetricPairs() {
    }

    /** Body weight in kg from weightKg or weightLb; null when neither is given and {@code required} is false. */
    public static Double weightKg(Double kg, Double lb, boolean required) {
        WEIGHT.check(kg, lb, required).ifPresent(v -> {
            throw new InvalidInput(v.field(), v.message());
        });
        return WEIGHT.resolve(kg, lb);
    }

    /** Height in cm from heightCm or heightIn (one of them required). */
    public static double heightCm(Double cm, Double in) {
        HEIGHT.check(cm, in, true).ifPresent(v -> {
            throw new InvalidInput(v.field(), v.message());
        });
        return HEIGHT.resolve(cm, in);
    }
}
