package app.peach.training.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import app.peach.vocabulary.Wording;

/**
 * Next session's load from the sessions of one exercise, by double progression (Ratamess NA et al., ACSM
 * position stand, Med Sci Sports Exerc 2009;41:687–708: work up to the top of the rep range, then add 2–10 %
 * load). The 2.5 kg step, the 5 % increase and the 10 % deload after three failed sessions are Peach's policy,
 * fixed by the contract:
 * <ul>
 * <li>increase: the last two sessions each had every set at reps ≥ repsMax; next = last + max(2.5,
 * 2.5 × floor(0.05 × last / 2.5)) (42 → 44.5, 100 → 105);</li>
 * <li>deload: the last three sessions each had a set below repsMin; next = 2.5 × round(0.9 × last / 2.5)
 * (100 → 90, 42 → 37.5). Up to 12.5 kg that rounding gives back the same load (12.5 → 12.5, 2.5 → 2.5), which
 * would be no deload at all: there the next 2.5 kg step below is taken (12.5 → 10, 2.5 → 0);</li>
 * <li>hold: otherwise, next = last.</li>
 * </ul>
 * The last load is the heaviest load of the last session lifted for at least one rep (when all failed, the
 * heaviest attempted); without any load (bodyweight work) the next load is null and an increase means more reps
 * or a set. Arithmetic in decimals, so that 0.9 × 12.5 / 2.5 is exactly 4.5.
 */
public final class DoubleProgression {
    public static final BigDecimal STEP_KG = new BigDecimal("2.5");
    public static final int SESSIONS_TO_INCREASE = 2;
    public static final int SESSIONS_TO_DELOAD = 3;
    private static final BigDecimal INCREASE_SHARE = new BigDecimal("0.05");
    private static final BigDecimal DELOAD_SHARE = new BigDecimal("0.9");

    /** The decision with the loads it is about and the reason, in words a coach reads. */
    public record Outcome(Decision decision, BigDecimal lastLoadKg, BigDecimal nextLoadKg, String reason) {
    }

    private DoubleProgression() {
    }

    /** {@code sessions} in date order; an empty list is {@code no_data}. */
    public static Outcome decide(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return new Outcome(Decision.NO_DATA, null, null, "No session of this exercise in the period.");
        }
        Session last = sessions.get(sessions.size() - 1);
        BigDecimal load = last.topLoadKg();
        if (!last.hasRepRange()) {
            return new Outcome(Decision.HOLD, load, load, "No rep range: the catalog prescribes this exercise as a hold; "
                    + "send repsMin and repsMax to get increase and deload decisions.");
        }
        if (eachOfLast(sessions, SESSIONS_TO_INCREASE, true)) {
            String done = "Every set reached " + top(last) + " in the last two sessions";
            if (load == null) {
                return new Outcome(Decision.INCREASE, null, null, done + ": add reps or a set (no load logged).");
            }
            BigDecimal next = increased(load);
            return new Outcome(Decision.INCREASE, load, next, done + ": add " + kg(next.subtract(load)) + " (5 % in "
                    + kg(STEP_KG) + " steps, at least one step), to " + kg(next) + ".");
        }
        if (eachOfLast(sessions, SESSIONS_TO_DELOAD, false)) {
            String failed = "A set fell below " + bottom(last) + " in each of the last three sessions";
            if (load == null || load.signum() == 0) {
                return new Outcome(Decision.DELOAD, load, load, failed + ": no load to take off, so cut a set or the "
                        + "reps for a week, then build back up.");
            }
            BigDecimal next = deloaded(load);
            return new Outcome(Decision.DELOAD, load, next, failed + ": take about 10 % off, to " + kg(next)
                    + ", and build back up.");
        }
        String keep = load == null ? "Keep the exercise as it is" : "Keep " + kg(load);
        if (last.anySetBelowRange()) {
            return new Outcome(Decision.HOLD, load, load, "A set fell below " + bottom(last) + " last session. " + keep
                    + "; three such sessions in a row bring a deload.");
        }
        return new Outcome(Decision.HOLD, load, load, keep + " until every set reaches " + top(last)
                + " in two sessions in a row.");
    }

    /** last + max(2.5, 2.5 × floor(0.05 × last / 2.5)). */
    public static BigDecimal increased(BigDecimal last) {
        BigDecimal steps = last.multiply(INCREASE_SHARE).divide(STEP_KG, 0, RoundingMode.FLOOR);
        return last.add(STEP_KG.multiply(steps).max(STEP_KG));
    }

    /** 2.5 × round(0.9 × last / 2.5), or the next 2.5 kg step below when that is not lower; never below 0. */
    public static BigDecimal deloaded(BigDecimal last) {
        BigDecimal next = STEP_KG.multiply(last.multiply(DELOAD_SHARE).divide(STEP_KG, 0, RoundingMode.HALF_UP));
        if (next.compareTo(last) >= 0 && last.signum() > 0) {
            next = STEP_KG.multiply(last.divide(STEP_KG, 0, RoundingMode.CEILING).subtract(BigDecimal.ONE));
        }
        return next.max(BigDecimal.ZERO);
    }

    /** The last {@code n} sessions each had every set at the top (increase) or a set below the range (deload). */
    private static boolean eachOfLast(List<Session> sessions, int n, boolean atTop) {
        if (sessions.size() < n) {
            return false;
        }
        for (Session s : sessions.subList(sessions.size() - n, sessions.size())) {
            if (atTop ? !s.allSetsAtTop() : !s.anySetBelowRange()) {
                return false;
            }
        }
        return true;
    }

    private static String top(Session s) {
        return s.repsMax() + " reps" + (s.repsMin().equals(s.repsMax()) ? "" : " (the top of " + range(s) + ")");
    }

    private static String bottom(Session s) {
        return s.repsMin() + " reps" + (s.repsMin().equals(s.repsMax()) ? "" : " (the bottom of " + range(s) + ")");
    }

    private static String range(Session s) {
        return s.repsMin() + "–" + s.repsMax();
    }

    private static String kg(BigDecimal v) {
        return Wording.num(v.doubleValue()) + " kg";
    }
}
