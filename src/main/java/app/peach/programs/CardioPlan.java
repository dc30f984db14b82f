package app.peach.programs;

import static app.peach.exercises.ExerciseKind.CARDIO;

import java.util.List;

import app.peach.exercises.Exercise;
import app.peach.safety.SafetyLimits;

/**
 * fat_loss: at least 150 minutes of moderate aerobic activity a week (Physical Activity Guidelines 2018).
 * Stationary cycling if the client has a bike, else the best-ranked cardio exercise. The days without strength
 * work carry it first, all but the last, which stays a full rest day: the 150 minutes split evenly between
 * them, rounded up to 5 minutes and at most sessionMinutes each. What that leaves short comes as finishers
 * after the strength work: the rest split evenly over the strength days, rounded up to 5 minutes, each as long
 * as the day has room for under sessionMinutes, and only if that is 5 minutes or more.
 */
final class CardioPlan {
    static final int WEEKLY_MINUTES = SafetyLimits.MIN_AEROBIC_MODERATE_MINUTES;

    /** The week with its cardio, and the cardio summary (null when the client can do no cardio exercise). */
    record CardioWeek(Week week, Cardio cardio) {
    }

    private CardioPlan() {
    }

    static CardioWeek add(Week week, Integer sessionMinutes, RankedExercises ranked) {
        Exercise mode = ranked.named("stationary_cycling").or(() -> ranked.first(e -> e.kind() == CARDIO)).orElse(null);
        if (mode == null) {
            return new CardioWeek(week, null);
        }
        int cap = sessionMinutes == null ? Integer.MAX_VALUE : sessionMinutes;
        List<PlannedDay> free = week.days().stream().filter(d -> d.type() != DayType.STRENGTH).toList();
        List<PlannedDay> cardioDays = free.subList(0, Math.max(0, free.size() - 1));
        int total = 0;
        int sessions = 0;
        if (!cardioDays.isEmpty()) {
            int perDay = Math.min(cap, roundUpTo5((double) WEEKLY_MINUTES / cardioDays.size()));
            for (PlannedDay day : cardioDays) {
                week = week.with(day.plus(Prescriptions.cardioBout(mode, perDay,
                        "Moderate effort: you can talk but not sing."), DayType.CARDIO));
                total += perDay;
                sessions++;
            }
        }
        if (total < WEEKLY_MINUTES) {
            List<PlannedDay> strengthDays = week.ofType(DayType.STRENGTH);
            int perDay = roundUpTo5((double) (WEEKLY_MINUTES - total) / strengthDays.size());
            for (PlannedDay day : strengthDays) {
                int used = (int) Math.ceil(day.seconds() / 60.0);
                int room = Math.min(perDay, Math.max(0, cap - used));
                if (room >= 5) {
                    week = week.with(day.plus(Prescriptions.cardioBout(mode, room,
                            "Finisher after the strength work, moderate effort."), DayType.STRENGTH));
                    total += room;
                    sessions++;
                }
            }
        }
        return new CardioWeek(week, new Cardio(mode.slug(), total, sessions, "Moderate aerobic activity, at least 150 "
                + "minutes a week (Physical Activity Guidelines 2018); more helps weight loss."));
    }

    private static int roundUpTo5(double minutes) {
        return (int) Math.ceil(minutes / 5.0) * 5;
    }
}
