package app.peach.energy;

import app.peach.vocabulary.Sex;

/**
 * National Academies of Sciences, Engineering, and Medicine. Dietary Reference Intakes for Energy (2023):
 * adult (19+) equations, one per sex and physical-activity category, height in cm, weight in kg.
 * Coefficients as in shared/reference/sources.md §2 (verified in eight independent code copies).
 */
public final class Nasem2023Eer extends AdultEerEquation {

    @Override
    public Formula formula() {
        return Formula.NASEM_2023_EER;
    }

    @Override
    public double tee(Person p, EerCategory category) {
        double a = p.age();
        double h = p.heightCm();
        double w = p.weightKg();
        if (p.sex() == Sex.MALE) {
            return switch (category) {
                case INACTIVE -> 753.07 - 10.83 * a + 6.50 * h + 14.10 * w;
                case LOW_ACTIVE -> 581.47 - 10.83 * a + 8.30 * h + 14.94 * w;
                case ACTIVE -> 1004.82 - 10.83 * a + 6.52 * h + 15.91 * w;
                case VERY_ACTIVE -> -517.88 - 10.83 * a + 15.61 * h + 19.11 * w;
            };
        }
        return switch (category) {
            case INACTIVE -> 584.90 - 7.01 * a + 5.72 * h + 11.71 * w;
            case LOW_ACTIVE -> 575.77 - 7.01 * a + 6.60 * h + 12.14 * w;
            case ACTIVE -> 710.25 - 7.01 * a + 6.54 * h + 12.34 * w;
            case VERY_ACTIVE -> 511.83 - 7.01 * a + 9.07 * h + 12.56 * w;
        };
    }
}
