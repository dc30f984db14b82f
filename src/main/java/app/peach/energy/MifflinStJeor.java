package app.peach.energy;

import app.peach.vocabulary.Sex;

/**
 * Mifflin MD, St Jeor ST, et al. A new predictive equation for resting energy expenditure in healthy
 * individuals. Am J Clin Nutr 1990;51:241–7. The simplified sex-specific form given in the abstract:
 * men 10 W + 6.25 H − 5 A + 5; women 10 W + 6.25 H − 5 A − 161 (W kg, H cm, A years).
 */
public final class MifflinStJeor extends BmrEquation {

    @Override
    public Formula formula() {
        return Formula.MIFFLIN_ST_JEOR;
    }

    @Override
    public double bmr(Person p) {
        double base = 10 * p.weightKg() + 6.25 * p.heightCm() - 5 * p.age();
        return p.sex() == Sex.MALE ? base + 5 : base - 161;
    }
}
