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
        return weightKg() != null ? weightKg() : weightLb() * BodyLimits.KG_PER_LB;
    }

    default double resolvedHeightCm() {
        return heightCm() != null ? heightCm() : heightIn() * BodyLimits.CM_PER_IN;
    }
}
