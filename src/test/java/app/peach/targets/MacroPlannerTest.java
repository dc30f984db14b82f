package app.peach.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import app.peach.goals.TestGoalPolicies;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;

class MacroPlannerTest {

    @Test
    void shouldSplitATargetIntoProteinFatAndCarbs() {
        // 65 kg x 1.8 = 117 g protein; fat 25 % of 2,283 = 570.75 kcal -> 64 g (rounded up);
        // carbs (2283 - 468 - 576) / 4 = 309.75 -> 310 g; fiber 14 x 2.283 = 32 g
        var r = MacroPlanner.plan(2283, 65, TestGoalPolicies.of(Goal.GLUTE_GROWTH));
        assertThat(r.macros()).isEqualTo(new Macros(117, 64, 310, 32, 1.8));
        assertThat(r.macros().kcal()).isCloseTo(2283, within(10.0));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void shouldCapProteinAt35PercentAndSayCarbsFallShort() {
        // 120 kg x 2.0 = 240 g = 960 kcal > 35 % of 1,500 (525 kcal = 131 g)
        var r = MacroPlanner.plan(1500, 120, TestGoalPolicies.of(Goal.FAT_LOSS));
        assertThat(r.macros().proteinG()).isEqualTo(131);
        assertThat(r.findings()).extracting(Finding::code).contains("PROTEIN_CAPPED_AT_AMDR", "CARBS_BELOW_AMDR");
        assertThat(r.macros().fatG() * 9).isGreaterThanOrEqualTo((long) (0.2 * 1500));
    }
}
