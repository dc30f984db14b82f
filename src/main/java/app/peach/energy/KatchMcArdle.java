package app.peach.energy;

/**
 * Katch–McArdle: BMR = 370 + 21.6 × lean body mass (kg), for both sexes (McArdle, Katch & Katch,
 * Exercise Physiology; see shared/reference/sources.md §2).
 */
public final class KatchMcArdle extends LeanMassBmrEquation {

    @Override
    public Formula formula() {
        return Formula.KATCH_MCARDLE;
    }

    @Override
    public double bmrFromLeanMass(double leanMassKg) {
        return 370 + 21.6 * leanMassKg;
    }
}
