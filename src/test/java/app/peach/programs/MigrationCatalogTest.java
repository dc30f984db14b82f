package app.peach.programs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.peach.exercises.ExerciseCatalog;
import app.peach.goals.GoalCatalog;
import app.peach.vocabulary.Goal;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The catalogs the service loads from Postgres hold exactly what {@link TestCatalog} reads from the
 * migrations, so the builder's plain tests (and the golden plans) run on the real catalog.
 */
@QuarkusTest
class MigrationCatalogTest {
    @Inject
    ExerciseCatalog exercises;
    @Inject
    GoalCatalog goals;

    @Test
    void shouldReadTheExercisesPostgresServes() {
        assertThat(TestCatalog.EXERCISES).hasSize(34).isEqualTo(exercises.all());
    }

    @Test
    void shouldReadEachGoalsTrainingEmphasis() {
        for (Goal goal : Goal.values()) {
            assertThat(TestCatalog.EMPHASIS.get(goal)).as(goal.apiValue()).isNotEmpty()
                    .isEqualTo(goals.policy(goal).trainingEmphasis());
        }
    }
}
