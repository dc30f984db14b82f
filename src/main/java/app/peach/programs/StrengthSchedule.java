package app.peach.programs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which days of the week are strength days, and what each trains. Whole-glute sessions need a day between
 * them: 2 days → 1 and 4, 3 → 1, 3 and 5. From 4 days on, sessions fall on consecutive days, so they alternate
 * hip extension and abduction, starting with extension; day 7 stays free, so the week's last session and the
 * next week's first never meet either.
 */
final class StrengthSchedule {
    private StrengthSchedule() {
    }

    /** Each strength day (1–7, in order) and its focus. */
    static Map<Integer, Focus> focusByDay(int daysPerWeek) {
        int[] days = switch (daysPerWeek) {
            case 2 -> new int[] { 1, 4 };
            case 3 -> new int[] { 1, 3, 5 };
            case 4 -> new int[] { 1, 2, 4, 5 };
            case 5 -> new int[] { 1, 2, 3, 4, 5 };
            case 6 -> new int[] { 1, 2, 3, 4, 5, 6 };
            default -> throw new IllegalArgumentException("daysPerWeek must be 2-6");
        };
        Map<Integer, Focus> focus = new LinkedHashMap<>();
        for (int i = 0; i < days.length; i++) {
            focus.put(days[i], days.length <= 3 ? Focus.FULL : i % 2 == 0 ? Focus.EXTENSION : Focus.ABDUCTION);
        }
        return focus;
    }
}
