package app.peach.training.rules;

/**
 * Estimated one-repetition maximum by Epley's formula (Boyd Epley, "Poundage chart", 1985), with the reps
 * left in reserve counted as reps the set could have had (the RIR-based estimate of Helms et al., Strength
 * Cond J 2016;38(4):42–49): {@code e1rm = load × (1 + (reps + rir) / 30)}. Repetition-based estimates lose
 * accuracy beyond about 10–12 reps, so only sets with 1 ≤ reps + rir ≤ 12 give one.
 */
public final class OneRepMax {
    /** Most reps (done plus in reserve) a set may have to give an estimate. */
    public static final int MAX_REPS = 12;

    private OneRepMax() {
    }

    /**
     * The estimate in kg, or NaN when the set gives none (no load, or reps + rir outside 1–12).
     *
     * @param rir reps in reserve; null counts as 0 (taken to failure)
     */
    public static double epleyKg(double loadKg, int reps, Integer rir) {
        int effective = reps + (rir == null ? 0 : rir);
        if (loadKg <= 0 || effective < 1 || effective > MAX_REPS) {
            return Double.NaN;
        }
        return loadKg * (1 + effective / 30.0);
    }
}
