package app.peach.energy;

import app.peach.vocabulary.Sex;

/**
 * Roza AM, Shizgal HM. The Harris Benedict equation reevaluated: resting energy requirements and the
 * body cell mass. Am J Clin Nutr 1984;40:168–82. Men 88.362 + 13.397 W + 4.799 H − 5.677 A;
 * women 447.593 + 9.247 W + 3.098 H − 4.330 A.
 */
public final class HarrisBenedictRevised extends BmrEquation {

    @Override
    public Formula formula() {
        return Formula.HARRIS_BENEDICT_REVISED;
    }

    @Override
    public double bmr(Person p) {
        return p.sex() == Sex.MALE
                ? 88.362 + 13.397 * p.weightKg() + 4.799 * p.heightCm() - 5.677 * p.age()
                : 447.593 + 9.247 * p.weightKg() + 3.098 * p.heightCm() - 4.330 * p.age();
    }
}
