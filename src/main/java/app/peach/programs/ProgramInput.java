package app.peach.programs;

import java.util.List;
import java.util.Set;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/**
 * What the program builder works from. Of the goal catalog it needs only the goal and its
 * {@code trainingEmphasis} (the muscles ranking favours). {@code equipment} is what the client has (bodyweight
 * is always available); {@code sessionMinutes} and {@code weightKg} may be null.
 */
record ProgramInput(Goal goal, List<Muscle> trainingEmphasis, Level level, Set<Equipment> equipment,
        int daysPerWeek, Integer sessionMinutes, boolean sitsMostOfDay, boolean cyclesRegularly, Double weightKg) {
}
