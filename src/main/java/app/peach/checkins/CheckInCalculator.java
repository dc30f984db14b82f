package app.peach.checkins;

/**
 * What a check-in proposes (Peach's check-in policy, shared/reference/sources.md): over the last
 * {@value #WINDOW_DAYS} days the client must have at least {@value #MIN_LOGGED_DAYS} days with a weigh-in and
 * as many with intake, or nothing is proposed; otherwise the calculator's calorie target, moved at most
 * {@value #MAX_STEP_KCAL} kcal/day from the approved one (gradual changes; the first check-in is not capped), and
 * never under the calorie floor. Pure Java.
 */
public final class CheckInCalculator {
    public static final int WINDOW_DAYS = 14;
    public static final int MIN_LOGGED_DAYS = 10;
    public static final long MAX_STEP_KCAL = 150;

    /** The outcome; {@code targetKcal} null for no_change, {@code changeKcal} null without an approved target. */
    public record Decision(CheckInStatus status, CheckInReason reason, Long targetKcal, Long changeKcal) {
    }

    private CheckInCalculator() {
    }

    public static boolean enoughData(Adherence a) {
        return a.weighInDays() >= MIN_LOGGED_DAYS && a.intakeDays() >= MIN_LOGGED_DAYS;
    }

    /**
     * @param approvedKcal   the approved calorie target, or null when none is approved yet
     * @param calculatedKcal the targets calculator's calorie target today
     */
    public static Decision decide(Adherence adherence, Long approvedKcal, long calculatedKcal, int floorKcal) {
        if (!enoughData(adherence)) {
            return new Decision(CheckInStatus.NO_CHANGE, CheckInReason.NOT_ENOUGH_DATA, null, null);
        }
        if (approvedKcal == null) {
            return new Decision(CheckInStatus.PENDING, CheckInReason.FIRST_CHECK_IN, Math.max(floorKcal, calculatedKcal),
                    null);
        }
        long wanted = calculatedKcal - approvedKcal;
        long step = Math.max(-MAX_STEP_KCAL, Math.min(MAX_STEP_KCAL, wanted));
        long target = Math.max(floorKcal, approvedKcal + step);
        CheckInReason reason = wanted == 0 ? CheckInReason.UNCHANGED
                : step != wanted ? CheckInReason.CAPPED : CheckInReason.ADJUSTED;
        return new Decision(CheckInStatus.PENDING, reason, target, target - approvedKcal);
    }
}
