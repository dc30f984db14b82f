package app.peach.training;

import java.time.LocalDate;
import java.util.List;

import app.peach.vocabulary.Finding;

/**
 * A client's training as progress and the dashboard show it beside weight: the last workout date (null: none
 * logged), how many of the last 14 days had a workout, the volume findings of the last 28 days, and the exercise
 * logged in those 28 days as MET-hours a week (times body weight in kg: kcal a week; see WorkoutEnergy).
 */
public record TrainingSummary(LocalDate lastWorkoutDate, int workoutDaysLast14, List<Finding> findings,
        double exerciseMetHoursPerWeek) {
    public static final TrainingSummary NONE = new TrainingSummary(null, 0, List.of(), 0);
}
