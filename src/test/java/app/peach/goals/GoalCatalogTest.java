package app.peach.goals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.peach.vocabulary.Goal;
import io.quarkus.test.junit.QuarkusTest;

/** The catalog Postgres serves holds exactly the policies the plain tests (and the property test) use. */
@QuarkusTest
class GoalCatalogTest {
    @Inject
    GoalCatalog catalog;

    @Test
    void shouldMatchTheTestFixture() {
        for (Goal goal : Goal.values()) {
            assertThat(TestGoalPolicies.numbers(catalog.policy(goal)))
                    .as(goal.apiValue()).isEqualTo(TestGoalPolicies.numbers(TestGoalPolicies.of(goal)));
            assertThat(catalog.policy(goal).guidance()).isNotEmpty();
            assertThat(catalog.policy(goal).references()).isNotEmpty();
        }
    }
}
