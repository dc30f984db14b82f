package app.peach.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where progress learns how much energy clients spent on exercise, for {@code LOW_ENERGY_AVAILABILITY} (which also
 * needs a body-fat figure, from measurements). The training log provides it by declaring a bean of this type;
 * until one exists, {@link NoExerciseEnergy} answers that nothing is known and the rule stays silent.
 */
public interface ExerciseEnergy {

    /** Mean exercise energy per week, kcal, of each client that logged exercise between the dates (inclusive). */
    Map<UUID, Double> kcalPerWeek(Collection<UUID> clientIds, LocalDate from, LocalDate to);
}
