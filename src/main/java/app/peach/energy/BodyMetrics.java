package app.peach.energy;

/**
 * A request that carries weight and height, metric or imperial (exactly one of each pair, checked by
 * {@link ValidBodyMetrics}). The resolved metric values are what every formula uses.
 */
public interface BodyMetrics {
    Double weightKg();

    Double weightLb();

    Double heightCm();

    Double heightIn();

    default double resolvedWeightKg() {
        return MetricPairs.WEIGHT.resolve(weightKg(), weightLb());
    }

    default double resolvedHeightCm() {
        return MetricPairs.HEIGHT.resolve(heightCm(), heightIn());
    }
}
