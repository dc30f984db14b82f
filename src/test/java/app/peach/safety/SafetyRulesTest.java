package app.peach.safety;

import static app.peach.safety.PlanBuilder.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.vocabulary.BodyArea;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;
import app.peach.vocabulary.Verdict;

/** Each rule just below, at and just above its threshold. */
class SafetyRulesTest {

    private static List<String> codes(PlanBuilder p) {
        return SafetyRules.evaluate(p.build()).findings().stream().map(Finding::code).toList();
    }

    private static boolean fires(String code, PlanBuilder p) {
        return codes(p).contains(code);
    }

    @Nested
    class CaloriesBelowFloor {
        @ParameterizedTest(name = "{0} {1} kcal -> {2}")
        @CsvSource({ "FEMALE, 1199, true", "FEMALE, 1200, false", "FEMALE, 1201, false",
                "MALE, 1499, true", "MALE, 1500, false", "MALE, 1501, false", "MALE, 1300, true" })
        void shouldBlockBelowTheFloorForEachSex(Sex sex, double kcal, boolean fires) {
            assertThat(fires("CALORIES_BELOW_FLOOR", plan().sex(sex).dailyKcal(kcal))).isEqualTo(fires);
        }

        @Test
        void shouldNotApplyUnderMedicalSupervision() {
            assertThat(fires("CALORIES_BELOW_FLOOR", plan().dailyKcal(800).supervised())).isFalse();
        }

        @Test
        void shouldBlockAndMakeThePlanUnsafe() {
            var report = SafetyRules.evaluate(plan().dailyKcal(1000).build());
            assertThat(report.verdict()).isEqualTo(Verdict.UNSAFE);
            Finding f = report.findings().get(0);
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(f.limit()).isEqualTo(1200.0);
            assertThat(f.actual()).isEqualTo(1000.0);
            assertThat(f.source()).contains("Harvard");
        }
    }

    @ParameterizedTest(name = "rate {0} -> {1}")
    @CsvSource({ "-0.89, false", "-0.9, false", "-0.91, true", "-2.0, true", "0.5, false" })
    void shouldBlockLossFasterThan09KgAWeek(double rate, boolean fires) {
        assertThat(fires("LOSS_RATE_TOO_FAST", plan().weeklyRateKg(rate))).isEqualTo(fires);
    }

    @ParameterizedTest(name = "intake {0} vs maintenance 2500 -> {1}")
    @CsvSource({ "1501, false", "1500, false", "1499, true" })
    void shouldWarnAboutADeficitOver1000(double kcal, boolean fires) {
        assertThat(fires("DEFICIT_TOO_LARGE", plan().maintenance(2500).dailyKcal(kcal))).isEqualTo(fires);
    }

    @ParameterizedTest(name = "losing {0} kg a week, no intake -> {1}")
    @CsvSource({ "-0.9, false", "-0.95, true", "0.5, false" })
    void shouldWarnAboutADeficitOver1000GivenAsAWeeklyRate(double rate, boolean fires) {
        // 0.9 kg x 7,700 / 7 = 990 kcal/day; 0.95 kg = 1,045
        assertThat(fires("DEFICIT_TOO_LARGE", plan().maintenance(2500).weeklyRateKg(rate))).isEqualTo(fires);
    }

    @Nested
    class SurplusTooLarge {
        @ParameterizedTest(name = "glute_growth at {0} kcal over a 2,000 maintenance -> {1}")
        @CsvSource({ "2199, false", "2200, false", "2201, true" })
        void shouldWarnAboveTenPercentForGluteGrowth(double kcal, boolean fires) {
            assertThat(fires("SURPLUS_TOO_LARGE", plan().goal(Goal.GLUTE_GROWTH).dailyKcal(kcal))).isEqualTo(fires);
        }

        @ParameterizedTest(name = "glute_growth at maintenance 6,000: {0} kcal -> {1}")
        @CsvSource({ "6499, false", "6500, false", "6501, true" })
        void shouldCapTheSurplusAt500Kcal(double kcal, boolean fires) {
            assertThat(fires("SURPLUS_TOO_LARGE", plan().maintenance(6000).goal(Goal.GLUTE_GROWTH).dailyKcal(kcal)))
                    .isEqualTo(fires);
        }

        @ParameterizedTest(name = "hip_dips at {0} kcal over a 2,000 maintenance -> {1}")
        @CsvSource({ "2099, false", "2100, false", "2101, true" })
        void shouldWarnAboveFivePercentForHipDips(double kcal, boolean fires) {
            assertThat(fires("SURPLUS_TOO_LARGE", plan().goal(Goal.HIP_DIPS).dailyKcal(kcal))).isEqualTo(fires);
        }

        @ParameterizedTest(name = "glute_growth gaining {0} kg a week over a 2,000 maintenance -> {1}")
        @CsvSource({ "0.18, false", "0.2, true", "1.0, true", "-0.5, false" })
        void shouldJudgeASurplusGivenAsAWeeklyRate(double rate, boolean fires) {
            // 0.18 kg x 7,700 / 7 = 198 kcal/day, within 10 % of 2,000; 0.2 kg = 220
            assertThat(fires("SURPLUS_TOO_LARGE", plan().goal(Goal.GLUTE_GROWTH).weeklyRateKg(rate))).isEqualTo(fires);
        }

        @ParameterizedTest(name = "glute_growth gaining {0} kg a week over a 2,200 maintenance -> {1}")
        @CsvSource({ "0.19, false", "0.2, false", "0.2005, true" })
        void shouldWarnAboveTheSurplusAtTheRateThatEqualsIt(double rate, boolean fires) {
            // 10 % of 2,200 is 220 kcal/day = 0.2 kg a week; 0.2005 kg is 220.55 kcal/day
            assertThat(fires("SURPLUS_TOO_LARGE", plan().maintenance(2200).goal(Goal.GLUTE_GROWTH).weeklyRateKg(rate)))
                    .isEqualTo(fires);
        }

        @Test
        void shouldNotJudgeAnObservedTrendAsASurplusOrDeficit() {
            // progress: a trend measured from weigh-ins is noisy; intake decides surplus and deficit there
            assertThat(codes(plan().goal(Goal.GLUTE_GROWTH).observedWeeklyRateKg(1.0)))
                    .doesNotContain("SURPLUS_TOO_LARGE", "DEFICIT_TOO_LARGE");
            assertThat(codes(plan().maintenance(2500).observedWeeklyRateKg(-1.2)))
                    .contains("LOSS_RATE_TOO_FAST").doesNotContain("DEFICIT_TOO_LARGE");
        }

        @Test
        void shouldTakeTheIntakeOverTheRateWhenBothAreGiven() {
            assertThat(fires("SURPLUS_TOO_LARGE", plan().goal(Goal.GLUTE_GROWTH).dailyKcal(2100).weeklyRateKg(1.0)))
                    .isFalse();
            assertThat(fires("SURPLUS_TOO_LARGE", plan().goal(Goal.GLUTE_GROWTH).dailyKcal(2500).weeklyRateKg(0.1)))
                    .isTrue();
        }

        @Test
        void shouldIgnoreGoalsThatAreNotAboutHypertrophy() {
            assertThat(fires("SURPLUS_TOO_LARGE", plan().goal(Goal.MAINTENANCE).dailyKcal(3000))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} at {1} g/kg -> below {2}, above {3}")
    @CsvSource({ "GLUTE_GROWTH, 1.39, true, false", "GLUTE_GROWTH, 1.4, false, false", "GLUTE_GROWTH, 1.41, false, false",
            "GLUTE_GROWTH, 1.99, false, false", "GLUTE_GROWTH, 2.0, false, false", "GLUTE_GROWTH, 2.01, false, true",
            "FAT_LOSS, 3.1, false, false", "FAT_LOSS, 3.11, false, true", "FAT_LOSS, 1.39, true, false" })
    void shouldWarnOutsideTheGoalsProteinRange(Goal goal, double g, boolean below, boolean above) {
        var codes = codes(plan().goal(goal).protein(g));
        assertThat(codes.contains("PROTEIN_BELOW_RANGE")).isEqualTo(below);
        assertThat(codes.contains("PROTEIN_ABOVE_RANGE")).isEqualTo(above);
    }

    @Nested
    class NoRestDay {
        private TrainingDay day(int d, Muscle... m) {
            return new TrainingDay(d, Set.of(m));
        }

        @Test
        void shouldWarnForTheSameMuscleOnConsecutiveDays() {
            assertThat(fires("NO_REST_DAY", plan().trainingDays(day(2, Muscle.GLUTEUS_MAXIMUS), day(3, Muscle.GLUTEUS_MAXIMUS))))
                    .isTrue();
        }

        @Test
        void shouldAcceptOneDayBetween() {
            assertThat(fires("NO_REST_DAY", plan().trainingDays(day(2, Muscle.GLUTEUS_MAXIMUS), day(4, Muscle.GLUTEUS_MAXIMUS))))
                    .isFalse();
        }

        @Test
        void shouldAcceptDifferentMusclesOnConsecutiveDays() {
            assertThat(fires("NO_REST_DAY", plan().trainingDays(day(2, Muscle.GLUTEUS_MAXIMUS), day(3, Muscle.CORE))))
                    .isFalse();
        }

        @Test
        void shouldTreatTheWeekAsACycle() {
            assertThat(fires("NO_REST_DAY", plan().trainingDays(day(7, Muscle.GLUTEUS_MEDIUS), day(1, Muscle.GLUTEUS_MEDIUS))))
                    .isTrue();
            assertThat(fires("NO_REST_DAY", plan().trainingDays(day(6, Muscle.GLUTEUS_MEDIUS), day(1, Muscle.GLUTEUS_MEDIUS))))
                    .isFalse();
        }

        @Test
        void shouldNameTheMuscleAndDays() {
            var f = SafetyRules.evaluate(plan().trainingDays(day(7, Muscle.HAMSTRINGS), day(1, Muscle.HAMSTRINGS)).build())
                    .findings().get(0);
            assertThat(f.message()).contains("hamstrings on days 7 and 1");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        }
    }

    @ParameterizedTest(name = "{0} strength days -> {1}")
    @CsvSource({ "1, true", "2, false", "3, false", "0, true" })
    void shouldNoteFewerThanTwoStrengthDays(int days, boolean fires) {
        assertThat(fires("STRENGTH_BELOW_MINIMUM", plan().strengthDays(days))).isEqualTo(fires);
    }

    @Test
    void shouldCountStrengthDaysFromTheTrainingWeek() {
        assertThat(fires("STRENGTH_BELOW_MINIMUM", plan().trainingDays(new TrainingDay(3, Set.of(Muscle.CORE))))).isTrue();
        assertThat(fires("STRENGTH_BELOW_MINIMUM", plan().trainingDays(
                new TrainingDay(1, Set.of(Muscle.CORE)), new TrainingDay(7, Set.of(Muscle.CALVES)))))
                .isFalse();
    }

    @Test
    void shouldCountEachLoadedDayOnce() {
        var rest = new TrainingDay(2, Set.of());
        var f = SafetyRules.evaluate(plan().trainingDays(
                new TrainingDay(5, Set.of(Muscle.CORE)), rest, new TrainingDay(5, Set.of(Muscle.CALVES))).build())
                .findings().stream().filter(x -> x.code().equals("STRENGTH_BELOW_MINIMUM")).findFirst().orElseThrow();
        assertThat(f.message()).startsWith("1 strength day(s) a week");
        assertThat(f.actual()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "moderate {0}, vigorous {1} -> {2}")
    @CsvSource({ "149, , true", "150, , false", "151, , false", ", 74, true", ", 75, false", "100, 25, false",
            "100, 24, true", "0, 0, true" })
    void shouldNoteAerobicActivityUnderTheGuideline(Integer moderate, Integer vigorous, boolean fires) {
        assertThat(fires("AEROBIC_BELOW_GUIDELINE", plan().aerobic(moderate, vigorous))).isEqualTo(fires);
    }

    @Test
    void shouldNoteSpotReductionForAimedFatLoss() {
        assertThat(fires("SPOT_REDUCTION", plan().goal(Goal.FAT_LOSS).targetAreas(BodyArea.BELLY))).isTrue();
        assertThat(fires("SPOT_REDUCTION", plan().dailyKcal(1700).targetAreas(BodyArea.GLUTES))).isTrue();
        assertThat(fires("SPOT_REDUCTION", plan().goal(Goal.FAT_LOSS))).isFalse();
        assertThat(fires("SPOT_REDUCTION", plan().goal(Goal.GLUTE_GROWTH).dailyKcal(2100).targetAreas(BodyArea.GLUTES)))
                .isFalse();
    }

    @Test
    void shouldNameTheAreasInTheirWireOrder() {
        var f = SafetyRules.evaluate(plan().goal(Goal.FAT_LOSS)
                .targetAreas(BodyArea.THIGHS, BodyArea.ARMS, BodyArea.BELLY, BodyArea.GLUTES).build())
                .findings().stream().filter(x -> x.code().equals("SPOT_REDUCTION")).findFirst().orElseThrow();
        assertThat(f.message()).contains("chosen areas (arms, belly, glutes, thighs):");
    }

    @ParameterizedTest(name = "hip_dips at {0} kcal (maintenance 2,000) -> {1}")
    @CsvSource({ "1501, false", "1500, false", "1499, true" })
    void shouldWarnAboutAnAggressiveCutForHipDips(double kcal, boolean fires) {
        assertThat(fires("HIP_DIPS_AGGRESSIVE_CUT", plan().goal(Goal.HIP_DIPS).dailyKcal(kcal))).isEqualTo(fires);
        assertThat(fires("HIP_DIPS_AGGRESSIVE_CUT", plan().goal(Goal.FAT_LOSS).dailyKcal(kcal))).isFalse();
    }

    @Test
    void shouldJudgeTheHipDipsCutFromTheRateWithoutAnIntake() {
        assertThat(fires("HIP_DIPS_AGGRESSIVE_CUT", plan().goal(Goal.HIP_DIPS).weeklyRateKg(-0.5))).isTrue();
        assertThat(fires("HIP_DIPS_AGGRESSIVE_CUT", plan().goal(Goal.HIP_DIPS).weeklyRateKg(-0.45))).isFalse();
    }

    @ParameterizedTest(name = "{0} kg at 165 cm with a deficit -> {1}")
    @CsvSource({
            // BMI 18.49 / 18.5 (18.5 x 1.65^2 = 50.36625) / 18.51 at 1.65 m
            "50.339, true", "50.3663, false", "50.394, false" })
    void shouldBlockADeficitWhenUnderweight(double kg, boolean fires) {
        assertThat(fires("UNDERWEIGHT_DEFICIT", plan().weightKg(kg).dailyKcal(1800))).isEqualTo(fires);
        assertThat(fires("UNDERWEIGHT_DEFICIT", plan().weightKg(kg).dailyKcal(2000))).isFalse();
    }

    @Test
    void shouldBlockEnergyRestrictionInPregnancy() {
        assertThat(fires("PREGNANCY", plan().pregnant().dailyKcal(1999))).isTrue();
        assertThat(fires("PREGNANCY", plan().pregnant().dailyKcal(2000))).isFalse();
        assertThat(fires("PREGNANCY", plan().pregnant().goal(Goal.FAT_LOSS))).isTrue();
        assertThat(fires("PREGNANCY", plan().dailyKcal(1500))).isFalse();
    }

    @ParameterizedTest(name = "intake {0} -> {1}")
    @CsvSource({
            // 65 kg at 20 % fat: FFM 52 kg; exercise 3,500 kcal/week = 500/day; EA = (intake - 500) / 52
            "2059, true", "2060, false", "2061, false" })
    void shouldWarnAboutLowEnergyAvailability(double intake, boolean fires) {
        assertThat(fires("LOW_ENERGY_AVAILABILITY", plan().dailyKcal(intake).bodyFat(20).exerciseKcalPerWeek(3500)))
                .isEqualTo(fires);
        assertThat(fires("LOW_ENERGY_AVAILABILITY", plan().dailyKcal(intake).exerciseKcalPerWeek(3500))).isFalse();
    }

    @Test
    void shouldGiveOkWithNoFindingsAndCautionWithAWarning() {
        assertThat(SafetyRules.evaluate(plan().dailyKcal(1900).build()).verdict()).isEqualTo(Verdict.OK);
        assertThat(SafetyRules.evaluate(plan().strengthDays(1).build()).verdict()).isEqualTo(Verdict.OK);
        assertThat(SafetyRules.evaluate(plan().maintenance(2500).dailyKcal(1400).build()).verdict())
                .isEqualTo(Verdict.CAUTION);
    }

    @Test
    void shouldListMostSevereFirstAndNameEverySource() {
        var report = SafetyRules.evaluate(plan().dailyKcal(900).weeklyRateKg(-1.2).strengthDays(0).maintenance(2500)
                .goal(Goal.FAT_LOSS).targetAreas(BodyArea.BELLY).build());
        assertThat(report.findings()).extracting(Finding::severity).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }

    @Test
    void shouldHaveUniqueCodesWithSources() {
        assertThat(SafetyRules.ALL).extracting(SafetyRule::code).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "CALORIES_BELOW_FLOOR", "LOSS_RATE_TOO_FAST", "DEFICIT_TOO_LARGE", "SURPLUS_TOO_LARGE",
                "PROTEIN_BELOW_RANGE", "PROTEIN_ABOVE_RANGE", "NO_REST_DAY", "STRENGTH_BELOW_MINIMUM",
                "AEROBIC_BELOW_GUIDELINE", "SPOT_REDUCTION", "HIP_DIPS_AGGRESSIVE_CUT", "UNDERWEIGHT_DEFICIT", "PREGNANCY",
                "LOW_ENERGY_AVAILABILITY");
        assertThat(SafetyRules.ALL).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }
}
