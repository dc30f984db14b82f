package app.peach.vocabulary;

/**
 * Activity level of the request: the BMR multiplier (1.2 / 1.375 / 1.55 / 1.725 / 1.9, the widely used
 * factors; see shared/reference/sources.md §2). Its mappings onto the IOM/NASEM categories and the Dietary
 * Guidelines' three levels belong to the energy feature ({@code EerCategory.of}, {@code DgaActivityLevel.of}).
 */
public enum ActivityLevel implements WireValue {
    SEDENTARY(1.2),
    LIGHTLY_ACTIVE(1.375),
    MODERATELY_ACTIVE(1.55),
    VERY_ACTIVE(1.725),
    EXTRA_ACTIVE(1.9);

    private final double factor;

    ActivityLevel(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }
}
