package app.peach.energy;

/**
 * Cunningham JJ. A reanalysis of the factors influencing basal metabolic rate in normal adults.
 * Am J Clin Nutr 1980;33:2372–4: BMR = 500 + 22 × lean body mass (kg).
 */
public final class Cunningham extends LeanMassBmrEquation {

    @Override
    public Formula formula() {
        return Formula.CUNNINGHAM;
    }

    @Override
    public double bmrFromLeanMass(double leanMassKg) {
        return 500 + 22 * leanMassKg;
    }
}
