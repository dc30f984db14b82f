package app.peach.programs;

import java.util.Set;

import app.peach.goals.GoalPolicy;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Level;

/**
 * What the program builder works from. {@code equipment} is what the client has (bodyweight is always
 * available); {@code sessionMinutes} and {@code weightKg} may be null.
 */
public record ProgramInput(GoalPolicy goal, Level level, Set<Equipment> equipment, int daysPerWeek,
        Integer sessionMinutes, boolean sitsMostOfDay, boolean cyclesRegularly, Double weightKg) {
}
