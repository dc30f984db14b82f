package app.peach.bodycomposition;

import app.peach.vocabulary.Sex;

/**
 * US Navy circumference method (Hodgdon &amp; Beckett, Naval Health Research Center reports 84-11 and 84-29,
 * 1984), centimetre form:
 * <ul>
 * <li>men: %BF = 495 / (1.0324 − 0.19077·log10(waist − neck) + 0.15456·log10(height)) − 450</li>
 * <li>women: %BF = 495 / (1.29579 − 0.35004·log10(waist + hip − neck) + 0.22100·log10(height)) − 450</li>
 * </ul>
 * The logarithm needs a waist above the neck ({@link #waistAboveNeck}); callers refuse anything else.
 */
public final class NavyBodyFat {
    private NavyBodyFat() {
    }

    /** Body fat %, unrounded; {@code hipCm} is read for women only (null for a woman: not computable, null). */
    public static Double percent(Sex sex, double heightCm, double waistCm, double neckCm, Double hipCm) {
        if (!waistAboveNeck(waistCm, neckCm)) {
            throw new IllegalArgumentException("the waist must be above the neck");
        }
        if (sex == Sex.MALE) {
            return 495 / (1.0324 - 0.19077 * Math.log10(waistCm - neckCm) + 0.15456 * Math.log10(heightCm)) - 450;
        }
        if (hipCm == null) {
            return null;
        }
        return 495 / (1.29579 - 0.35004 * Math.log10(waistCm + hipCm - neckCm) + 0.22100 * Math.log10(heightCm)) - 450;
    }

    /** The men's logarithm is defined only for a waist larger than the neck (and a smaller one is not an adult's). */
    public static boolean waistAboveNeck(double waistCm, double neckCm) {
        return waistCm > neckCm;
    }
}
