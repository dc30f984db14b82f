package app.peach.safety;

import java.util.Set;

import app.peach.vocabulary.Muscle;

/** A training day of the week (1–7; day 7 is followed by day 1) and the muscle groups it loads. */
public record TrainingDay(int day, Set<Muscle> muscleGroups) {
}
