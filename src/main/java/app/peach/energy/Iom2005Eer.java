package app.peach.energy;

import app.peach.vocabulary.Sex;

/**
 * Institute of Medicine. Dietary Reference Intakes for Energy, Carbohydrate, Fiber, Fat, Fatty Acids,
 * Cholesterol, Protein, and Amino Acids (2002/2005): EER for adults 19+, normal-weight equations, height in metres.
 * Men 662 − 9.53 A + PA (15.91 W + 539.6 H); PA 1.00 / 1.11 / 1.25 / 1.48.
 * Women 354 − 6.91 A + PA (9.36 W + 726 H); PA 1.00 / 1.12 / 1.27 / 1.45.
 * The PA coefficients are sex-specific (checked against the IOM table, shared/reference/sources.md §2).
 */
public final class Iom2005Eer extends AdultEerEquation {

    @Override
    public Formula formula() {
        return Formula.IOM_2005_EER;
    }

    @Override
    public double tee(Person p, EerCategory category) {
        double heightM = p.heightCm() / 100.0;
        if (p.sex() == Sex.MALE) {
            double pa = switch (category) {
                case INACTIVE -> 1.00;
                case LOW_ACTIVE -> 1.11;
                case ACTIVE -> 1.25;
                case VERY_ACTIVE -> 1.48;
            };
            return 662 - 9.53 * p.age() + pa * (15.91 * p.weightKg() + 539.6 * heightM);
        }
        double pa = switch (category) {
            case INACTIVE -> 1.00;
            case LOW_ACTIVE -> 1.12;
            case ACTIVE -> 1.27;
            case VERY_ACTIVE -> 1.45;
        };
        return 354 - 6.91 * p.age() + pa * (9.36 * p.weightKg() + 726 * heightM);
    }
}
