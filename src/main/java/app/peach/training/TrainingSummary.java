package app.peach.training;

import java.time.LocalDate;
import java.util.List;

import app.peach.vocabulary.Finding;

/**
 * A client's training as progress and the dashboard show it beside weight: the last workout date (null: none
 * logged), how many of the last 14 days had a workout, and the volume findings of the last 28 days.
 */
public record TrainingSummary(LocalDate lastWorkoutDate, int workoutDaysLast14, List<Finding> findings) {
    public static final TrainingSummary NONE = new TrainingSummary(null, 0, List.of());
}
