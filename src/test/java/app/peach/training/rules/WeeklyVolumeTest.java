package app.peach.training.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.peach.exercises.TestExercises;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Severity;

/** The contract's counting rule on the catalog's muscles, and both findings just below, at and just above. */
class WeeklyVolumeTest {

    @Test
    void shouldCountOneSetPerPrimaryAndHalfPerSecondaryMuscle() {
        // two sessions of 4 hip-thrust sets: primary gluteus_maximus 8 × 1; hamstrings, quadriceps, core 8 × 0.5
        var sets = WeeklyVolume.setsPerMuscle(List.of(new WeeklyVolume.Work(TestExercises.HIP_THRUST, 4),
                new WeeklyVolume.Work(TestExercises.HIP_THRUST, 4)));
        assertThat(sets).containsExactly(Map.entry(Muscle.GLUTEUS_MAXIMUS, 8.0), Map.entry(Muscle.QUADRICEPS, 4.0),
                Map.entry(Muscle.HAMSTRINGS, 4.0), Map.entry(Muscle.CORE, 4.0));
    }

    @Test
    void shouldNotCountActivationStretchOrCardio() {
        var sets = WeeklyVolume.setsPerMuscle(List.of(new WeeklyVolume.Work(TestExercises.CLAMSHELL, 3),
                new WeeklyVolume.Work(TestExercises.HIP_FLEXOR_STRETCH, 2), new WeeklyVolume.Work(TestExercises.PLANK, 3)));
        // only the plank (kind core): core 3, gluteus_maximus and lower_back 1.5 each
        assertThat(sets).containsExactly(Map.entry(Muscle.GLUTEUS_MAXIMUS, 1.5), Map.entry(Muscle.CORE, 3.0),
                Map.entry(Muscle.LOWER_BACK, 1.5));
    }

    @Test
    void shouldFindGluteGrowthUnderTenSetsOnlyBelowTen() {
        assertThat(codes(Goal.GLUTE_GROWTH, Muscle.GLUTEUS_MAXIMUS, 9.5)).containsExactly(WeeklyVolume.BELOW_GROWTH_DOSE);
        assertThat(codes(Goal.GLUTE_GROWTH, Muscle.GLUTEUS_MAXIMUS, 10)).isEmpty();
        assertThat(codes(Goal.GLUTE_GROWTH, Muscle.GLUTEUS_MEDIUS, 30)).contains(WeeklyVolume.BELOW_GROWTH_DOSE);
        assertThat(codes(Goal.FAT_LOSS, Muscle.GLUTEUS_MAXIMUS, 2)).isEmpty();
    }

    @Test
    void shouldFindHipDipsUnderTenSetsForGluteusMedius() {
        assertThat(codes(Goal.HIP_DIPS, Muscle.GLUTEUS_MEDIUS, 9.5)).containsExactly(WeeklyVolume.BELOW_GROWTH_DOSE);
        assertThat(codes(Goal.HIP_DIPS, Muscle.GLUTEUS_MEDIUS, 10)).isEmpty();
    }

    @Test
    void shouldNotJudgeTheGrowthDoseWithoutAnyWorkout() {
        assertThat(WeeklyVolume.findings(Goal.GLUTE_GROWTH, Map.of(), false)).isEmpty();
        assertThat(WeeklyVolume.findings(Goal.GLUTE_GROWTH, Map.of(), true)).extracting(Finding::actual).containsExactly(0.0);
    }

    @Test
    void shouldWarnAboveTwentySetsForAnyMuscle() {
        assertThat(codes(Goal.MAINTENANCE, Muscle.QUADRICEPS, 20)).isEmpty();
        List<Finding> above = WeeklyVolume.findings(Goal.MAINTENANCE, Map.of(Muscle.QUADRICEPS, 20.5), true);
        assertThat(above).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(WeeklyVolume.ABOVE_STUDIED_RANGE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.limit()).isEqualTo(20.0);
            assertThat(f.actual()).isEqualTo(20.5);
            assertThat(f.message()).startsWith("20.5 weekly sets for quadriceps");
            assertThat(f.source()).contains("Baz-Valle").contains("J Hum Kinet 2022;81:199-210");
        });
    }

    @Test
    void shouldNameTheSourceOfTheGrowthDose() {
        Finding below = WeeklyVolume.findings(Goal.GLUTE_GROWTH, Map.of(Muscle.GLUTEUS_MAXIMUS, 8.0), true).get(0);
        assertThat(below.severity()).isEqualTo(Severity.INFO);
        assertThat(below.limit()).isEqualTo(10.0);
        assertThat(below.actual()).isEqualTo(8.0);
        assertThat(below.source()).contains("Schoenfeld").contains("J Sports Sci 2017;35:1073-82");
    }

    private static List<String> codes(Goal goal, Muscle muscle, double sets) {
        return WeeklyVolume.findings(goal, Map.of(muscle, sets), true).stream().map(Finding::code).toList();
    }
}
