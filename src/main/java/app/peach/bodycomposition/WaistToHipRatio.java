package app.peach.bodycomposition;

import app.peach.vocabulary.Sex;

/**
 * Waist-to-hip ratio and the WHO cut-offs for substantially increased metabolic risk (WHO expert consultation on
 * waist circumference and waist-hip ratio, Geneva 2008): 0.90 or more for men, 0.85 or more for women.
 */
public final class WaistToHipRatio {
    public static final double HIGH_MEN = 0.90;
    public static final double HIGH_WOMEN = 0.85;

    private WaistToHipRatio() {
    }

    public static double ratio(double waistCm, double hipCm) {
        return waistCm / hipCm;
    }

    public static double highFrom(Sex sex) {
        return sex == Sex.MALE ? HIGH_MEN : HIGH_WOMEN;
    }
}
