package app.peach.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.goals.TestGoalPolicies;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Sex;

class TargetCalculatorTest {

    private static TargetCalculator.Result calc(Sex sex, long maintenance, Goal goal, Double rate, boolean supervised) {
        return TargetCalculator.calculate(new TargetCalculator.Input(sex, 65, 23.9, maintenance,
                TestGoalPolicies.of(goal), rate, supervised));
    }

    private static List<String> codes(TargetCalculator.Result r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void shouldUseTheDefaultPaceOfHalfAKiloForFatLoss() {
        // 0.5 kg x 7,700 / 7 = 550 kcal/day
        var r = calc(Sex.FEMALE, 2200, Goal.FAT_LOSS, null, false);
        assertThat(r.targetKcal()).isEqualTo(1650);
        assertThat(r.adjustmentKcal()).isEqualTo(-550);
        assertThat(r.weeklyChangeKg()).isEqualTo(-0.5);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void shouldNeverLoseFasterThan09KgAWeek() {
        // capped at 0.9 kg: 990 kcal/day
        var r = calc(Sex.MALE, 3000, Goal.FAT_LOSS, -1.5, false);
        assertThat(r.adjustmentKcal()).isEqualTo(-990);
        assertThat(r.weeklyChangeKg()).isEqualTo(-0.9);
        assertThat(codes(r)).containsExactly("LOSS_RATE_CAPPED");
    }

    @ParameterizedTest(name = "{0} maintenance {1}, rate {2} -> {3} ({4})")
    @CsvSource({
            "FEMALE, 1800, -0.9, 1200, TARGET_RAISED_TO_FLOOR",
            "FEMALE, 2190, -0.9, 1200, ",
            "FEMALE, 1150, -0.5, 1200, NO_DEFICIT_AT_FLOOR",
            "FEMALE, 1200, -0.5, 1200, NO_DEFICIT_AT_FLOOR",
            "MALE, 2000, -0.9, 1500, TARGET_RAISED_TO_FLOOR",
            "MALE, 2490, -0.9, 1500, " })
    void shouldClampToTheFloorAndSaySo(Sex sex, long maintenance, double rate, long target, String code) {
        var r = calc(sex, maintenance, Goal.FAT_LOSS, rate, false);
        assertThat(r.targetKcal()).isEqualTo(target);
        if (code == null) {
            assertThat(r.findings()).isEmpty();
        } else {
            assertThat(codes(r)).contains(code);
        }
    }

    @Test
    void shouldGoBelowTheFloorOnlyUnderMedicalSupervision() {
        var r = calc(Sex.FEMALE, 1800, Goal.FAT_LOSS, -0.9, true);
        assertThat(r.targetKcal()).isEqualTo(810);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void shouldPlanNoDeficitForAnUnderweightClient() {
        var r = TargetCalculator.calculate(new TargetCalculator.Input(Sex.FEMALE, 48, 17.6, 1900,
                TestGoalPolicies.of(Goal.FAT_LOSS), -0.5, false));
        assertThat(r.targetKcal()).isEqualTo(1900);
        assertThat(codes(r)).containsExactly("NO_DEFICIT_UNDERWEIGHT");
    }

    @Test
    void shouldTurnAGainAskedUnderFatLossIntoMaintenance() {
        var r = calc(Sex.FEMALE, 2000, Goal.FAT_LOSS, 0.3, false);
        assertThat(r.targetKcal()).isEqualTo(2000);
        assertThat(codes(r)).containsExactly("RATE_ADJUSTED_TO_GOAL");
    }

    @ParameterizedTest(name = "maintenance {0}, rate {1} -> +{2}")
    @CsvSource({
            // default +7.5 %
            "2000, , 150",
            // 0.1 kg/week = 110 kcal, inside 100..200
            "2000, 0.1, 110",
            // 0.5 kg/week = 550 kcal, held at +10 % = 200
            "2000, 0.5, 200",
            // -0.5 kg/week, held at +5 % = 100
            "2000, -0.5, 100",
            // maintenance 6,000: +10 % would be 600, capped at 500
            "6000, 0.9, 500",
            // default at 6,000: 7.5 % = 450
            "6000, , 450" })
    void shouldKeepGluteGrowthInsideAModestSurplus(long maintenance, Double rate, long surplus) {
        assertThat(calc(Sex.FEMALE, maintenance, Goal.GLUTE_GROWTH, rate, false).adjustmentKcal()).isEqualTo(surplus);
    }

    @ParameterizedTest(name = "{0}: rate {1} -> {2}")
    @CsvSource({ "HIP_DIPS, , 50", "HIP_DIPS, -0.5, 0", "HIP_DIPS, 0.5, 100", "BUTT_LIFT, , 0", "BUTT_LIFT, 0.5, 0",
            "MAINTENANCE, -0.5, 0" })
    void shouldFollowTheCataloguedRangeForOtherGoals(Goal goal, Double rate, long adjustment) {
        assertThat(calc(Sex.FEMALE, 2000, goal, rate, false).adjustmentKcal()).isEqualTo(adjustment);
    }
}
