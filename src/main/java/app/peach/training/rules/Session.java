package app.peach.training.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One exercise on one date: its target rep range (null for an exercise the catalog prescribes as a hold,
 * when the coach gave none) and its sets in the order done.
 */
public record Session(LocalDate date, Integer repsMin, Integer repsMax, List<LoggedSet> sets) {

    public boolean hasRepRange() {
        return repsMin != null && repsMax != null;
    }

    /** Every set reached the top of the range. */
    public boolean allSetsAtTop() {
        return hasRepRange() && sets.stream().allMatch(s -> s.reps() >= repsMax);
    }

    /** A set fell below the bottom of the range (a failed attempt, 0 reps, is one). */
    public boolean anySetBelowRange() {
        return hasRepRange() && sets.stream().anyMatch(s -> s.reps() < repsMin);
    }

    /**
     * The load the session is judged by: the heaviest load lifted for at least one rep, or, when every loaded set
     * failed, the heaviest load attempted; null when no set had a load (bodyweight work).
     */
    public BigDecimal topLoadKg() {
        BigDecimal lifted = null;
        BigDecimal attempted = null;
        for (LoggedSet s : sets) {
            if (s.loadKg() == null) {
                continue;
            }
            attempted = attempted == null ? s.loadKg() : attempted.max(s.loadKg());
            if (s.reps() > 0) {
                lifted = lifted == null ? s.loadKg() : lifted.max(s.loadKg());
            }
        }
        return lifted != null ? lifted : attempted;
    }
}
