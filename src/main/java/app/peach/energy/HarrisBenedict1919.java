package app.peach.energy;

import app.peach.vocabulary.Sex;

/**
 * Harris JA, Benedict FG. A Biometric Study of Human Basal Metabolism. PNAS 1918;4:370–3 (Carnegie
 * Institution monograph, 1919). Four-decimal coefficients (shared/reference/sources.md §2):
 * men 66.4730 + 13.7516 W + 5.0033 H − 6.7550 A; women 655.0955 + 9.5634 W + 1.8496 H − 4.6756 A.
 */
public final class HarrisBenedict1919 extends BmrEquation {

    @Override
    public Formula formula() {
        return Formula.HARRIS_BENEDICT_1919;
    }

    @Override
    public double bmr(Person p) {
        return p.sex() == Sex.MALE
                ? 66.4730 + 13.7516 * p.weightKg() + 5.0033 * p.heightCm() - 6.7550 * p.age()
                : 655.0955 + 9.5634 * p.weightKg() + 1.8496 * p.heightCm() - 4.6756 * p.age();
    }
}
