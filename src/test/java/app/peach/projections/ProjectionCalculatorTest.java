package app.peach.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.vocabulary.Sex;

class ProjectionCalculatorTest {

    @ParameterizedTest(name = "{0} {1} kg -> {3} kg on day {4}")
    @CsvSource({ "MALE, 90, 180, 80, 365", "FEMALE, 80, 165, 72, 180", "FEMALE, 60, 168, 62, 120", "MALE, 120, 185, 100, 730",
            "FEMALE, 70, 160, 65, 3650" })
    void shouldFindTheIntakeThatReachesTheTargetOnTheDay(Sex sex, double kg, double cm, double target, int day) {
        HallModel model = new HallModel(sex, 40, kg, cm, 1.55);
        double intake = ProjectionCalculator.intakeToReach(model, target, day).orElseThrow();
        // fed back as the planned intake, it reaches the target within 0.1 kg
        assertThat(model.weightOn(intake, day)).isCloseTo(target, within(0.1));
        var projection = ProjectionCalculator.project(model, kg, intake, day, target);
        assertThat(projection.finalWeightKg()).isCloseTo(target, within(0.1));
        // first reached (within 0.01 kg) no later than the day; a slow approach may get that close earlier
        assertThat(projection.daysToTarget()).isLessThanOrEqualTo(day);
        assertThat(model.weightOn(intake, projection.daysToTarget())).isCloseTo(target, within(0.011));
    }

    @ParameterizedTest(name = "{0} {1} kg, maintain {3} kg")
    @CsvSource({ "MALE, 90, 180, 80", "FEMALE, 80, 165, 70", "FEMALE, 55, 165, 60" })
    void shouldFindTheIntakeThatHoldsTheTarget(Sex sex, double kg, double cm, double target) {
        HallModel model = new HallModel(sex, 40, kg, cm, 1.5);
        double intake = ProjectionCalculator.intakeToMaintain(model, target).orElseThrow();
        // after 30 years at that intake the weight has settled at the target
        assertThat(model.weightOn(intake, 30 * 365)).isCloseTo(target, within(0.1));
    }

    @Test
    void shouldSayWhenNoIntakeReachesTheTarget() {
        HallModel model = new HallModel(Sex.FEMALE, 40, 80, 165, 1.5);
        assertThat(ProjectionCalculator.intakeToReach(model, 40, 14)).isEmpty();
    }

    @Test
    void shouldShowWhyTheStaticRuleOverpromises() {
        HallModel model = new HallModel(Sex.MALE, 40, 90, 180, 1.5);
        var p = ProjectionCalculator.project(model, 90, model.baselineIntake() - 500, 365, null);
        // static: 90 - 500 x 365 / 7700 = 66.3 kg; the dynamic model: about 76 kg
        assertThat(p.staticRuleFinalWeightKg()).isCloseTo(66.3, within(0.05));
        assertThat(p.finalWeightKg()).isGreaterThan(p.staticRuleFinalWeightKg() + 8);
        assertThat(p.weekly().get(0).day()).isZero();
        assertThat(p.weekly().get(1).day()).isEqualTo(7);
        assertThat(p.weekly().get(p.weekly().size() - 1).day()).isEqualTo(365);
    }
}
