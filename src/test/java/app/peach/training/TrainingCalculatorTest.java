package app.peach.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.peach.exercises.Exercise;
import app.peach.exercises.TestExercises;
import app.peach.training.rules.Decision;
import app.peach.training.rules.LoggedSet;
import app.peach.training.rules.WeeklyVolume;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;

/** The period, the week of the weekly sets and the no_data look-back, over hand-made logs. */
class TrainingCalculatorTest {
    static final LocalDate FROM = LocalDate.of(2026, 10, 27);
    static final LocalDate TO = LocalDate.of(2026, 11, 23);

    static TrainingCalculator.Entry entry(LocalDate date, Exercise e, int repsMin, int repsMax, String kg, int rir, int... reps) {
        return new TrainingCalculator.Entry(date, e, repsMin, repsMax, java.util.Arrays.stream(reps)
                .mapToObj(r -> new LoggedSet(r, kg == null ? null : new BigDecimal(kg), rir)).toList());
    }

    @Test
    void shouldReportTheBestEstimateAndTheDecisionPerExercise() {
        var result = TrainingCalculator.compute(FROM, TO, Goal.GLUTE_GROWTH, List.of(
                entry(TO.minusDays(10), TestExercises.HIP_THRUST, 5, 5, "100", 0, 5, 5, 5),
                entry(TO.minusDays(3), TestExercises.HIP_THRUST, 5, 5, "100", 2, 5, 5, 5)));
        var thrust = result.exercises().get(0);
        assertThat(thrust.sessions()).isEqualTo(2);
        // 100 × (1 + (5 + 2) / 30) = 123.3 beats 100 × (1 + 5 / 30) = 116.7
        assertThat(thrust.bestE1rmKg()).isEqualTo(123.3);
        assertThat(thrust.outcome().decision()).isEqualTo(Decision.INCREASE);
        assertThat(thrust.outcome().nextLoadKg()).isEqualByComparingTo("105");
        assertThat(thrust.lastSessionDate()).isEqualTo(TO.minusDays(3));
    }

    @Test
    void shouldCountWeeklySetsOnlyInTheLastSevenDaysOfThePeriod() {
        var result = TrainingCalculator.compute(FROM, TO, Goal.GLUTE_GROWTH, List.of(
                entry(TO.minusDays(7), TestExercises.HIP_THRUST, 8, 12, "80", 0, 10, 10, 10, 10),
                entry(TO.minusDays(6), TestExercises.HIP_THRUST, 8, 12, "80", 0, 10, 10, 10, 10),
                entry(TO, TestExercises.HIP_THRUST, 8, 12, "80", 0, 10, 10, 10, 0)));
        // days TO-6..TO: 4 sets, then 3 (the failed attempt is not a working set): gluteus_maximus 7, the rest 3.5
        assertThat(result.weeklySets()).containsEntry(Muscle.GLUTEUS_MAXIMUS, 7.0).containsEntry(Muscle.HAMSTRINGS, 3.5);
        assertThat(result.findings()).extracting(f -> f.code()).containsExactly(WeeklyVolume.BELOW_GROWTH_DOSE);
    }

    @Test
    void shouldNameExercisesDoneOnlyBeforeThePeriodAsNoData() {
        var result = TrainingCalculator.compute(FROM, TO, Goal.MAINTENANCE, List.of(
                entry(FROM.minusDays(5), TestExercises.ROMANIAN_DEADLIFT, 8, 12, "60", 0, 10),
                entry(TO, TestExercises.HIP_THRUST, 8, 12, "80", 0, 10)));
        assertThat(result.exercises()).extracting(e -> e.exercise().slug()).containsExactly("barbell_hip_thrust",
                "romanian_deadlift");
        var dropped = result.exercises().get(1);
        assertThat(dropped.sessions()).isZero();
        assertThat(dropped.outcome().decision()).isEqualTo(Decision.NO_DATA);
        assertThat(dropped.outcome().lastLoadKg()).isEqualByComparingTo("60");
        assertThat(dropped.outcome().nextLoadKg()).isNull();
        assertThat(dropped.outcome().reason()).isEqualTo("No session between 2026-10-27 and 2026-11-23; last done on "
                + "2026-10-22 at 60 kg.");
        assertThat(dropped.bestE1rmKg()).isNull();
    }

    @Test
    void shouldNotJudgeTheGrowthDoseOfAClientWithNoWorkoutInThePeriod() {
        var result = TrainingCalculator.compute(FROM, TO, Goal.GLUTE_GROWTH, List.of(
                entry(FROM.minusDays(1), TestExercises.HIP_THRUST, 8, 12, "80", 0, 10)));
        assertThat(result.findings()).isEmpty();
        assertThat(result.weeklySets()).isEqualTo(Map.of());
    }
}
