package app.peach.exercises;

import java.util.Set;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/**
 * Catalog filters; null means "any". {@code equipment} is what the client has: an exercise matches when all
 * it needs is in that set (bodyweight always is). Filters combine with AND.
 */
public record ExerciseFilter(Muscle muscle, Level level, Set<Equipment> equipment, Goal goal) {

    public boolean matches(Exercise e) {
        return (muscle == null || e.primaryMuscles().contains(muscle) || e.secondaryMuscles().contains(muscle))
                && (level == null || e.level() == level)
                && (equipment == null || e.usableWith(equipment))
                && (goal == null || e.goals().contains(goal));
    }
}
