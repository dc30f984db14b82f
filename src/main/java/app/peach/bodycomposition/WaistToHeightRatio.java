package app.peach.bodycomposition;

/**
 * Waist-to-height ratio with its boundary value 0.5 ("keep your waist to less than half your height"; Ashwell,
 * Gunn &amp; Gibson, Obes Rev 2012;13:275-86), the same for both sexes.
 */
public final class WaistToHeightRatio {
    public static final double HIGH = 0.5;

    private WaistToHeightRatio() {
    }

    public static double ratio(double waistCm, double heightCm) {
        return waistCm / heightCm;
    }
}
