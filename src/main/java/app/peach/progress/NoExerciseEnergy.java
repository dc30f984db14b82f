package app.peach.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Without a training log, no client's exercise energy is known (any other {@link ExerciseEnergy} bean replaces this). */
@DefaultBean
@ApplicationScoped
class NoExerciseEnergy implements ExerciseEnergy {
    @Override
    public Map<UUID, Double> kcalPerWeek(Collection<UUID> clientIds, LocalDate from, LocalDate to) {
        return Map.of();
    }
}
