package app.peach.programs;

import java.util.ArrayList;
import java.util.List;

import app.peach.safety.TrainingDay;

/** The seven days being built, day 1 first; each step of the builder gives a new week. */
record Week(List<PlannedDay> days) {
    Week {
        days = List.copyOf(days);
    }

    /** Seven rest days: the builder fills in strength, mobility and cardio. */
    static Week allRest() {
        List<PlannedDay> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(PlannedDay.rest(d));
        }
        return new Week(days);
    }

    PlannedDay day(int day) {
        return days.get(day - 1);
    }

    /** This week with {@code day} in place of the day of the same number. */
    Week with(PlannedDay day) {
        List<PlannedDay> changed = new ArrayList<>(days);
        changed.set(day.day() - 1, day);
        return new Week(changed);
    }

    /** The days of {@code type}, in order. */
    List<PlannedDay> ofType(DayType type) {
        return days.stream().filter(d -> d.type() == type).toList();
    }

    List<ProgramDay> programDays() {
        return days.stream().map(PlannedDay::toProgramDay).toList();
    }

    List<TrainingDay> trainingDays() {
        return ofType(DayType.STRENGTH).stream().map(PlannedDay::toTrainingDay).toList();
    }

    /**
     * Energy spent exercising over the week, kcal: Σ MET × kg × hours over every exercise of every day (summed
     * in day order, so the rounding is the same every time); null without a weight.
     */
    Long exerciseKcal(Double weightKg) {
        if (weightKg == null) {
            return null;
        }
        double kcal = 0;
        for (PlannedDay day : days) {
            for (PlannedExercise p : day.exercises()) {
                kcal += p.exercise().met() * weightKg * p.seconds() / 3600.0;
            }
        }
        return Math.round(kcal);
    }
}
