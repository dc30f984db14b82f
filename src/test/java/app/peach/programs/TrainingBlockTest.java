package app.peach.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.peach.exercises.Exercise;
import app.peach.exercises.TestExercises;

/** The contract's blocks: target RIR 3, 2, 1, 1, … and a last-week deload at half the sets from 4 weeks on. */
class TrainingBlockTest {
    static PlannedExercise planned(Exercise e, int sets) {
        var p = e.prescription();
        return new PlannedExercise(e.slug(), e.name(), sets, p.reps(), p.holdSeconds(), p.restSeconds(), null, e);
    }

    static final List<ProgramDay> WEEK = List.of(
            new ProgramDay(1, DayType.STRENGTH, "hip extension", 30, List.of(planned(TestExercises.HIP_THRUST, 4),
                    planned(TestExercises.ROMANIAN_DEADLIFT, 3), planned(TestExercises.PLANK, 1))),
            new ProgramDay(2, DayType.REST, null, 0, List.of()),
            new ProgramDay(3, DayType.STRENGTH, "abduction", 20, List.of(planned(TestExercises.SIDE_LYING_ABDUCTION, 5))));

    @Test
    void shouldRunAFiveWeekBlockAtRir3211ThenDeload() {
        List<ProgramWeek> weeks = TrainingBlock.of(WEEK, 5);
        assertThat(weeks).extracting(ProgramWeek::week).containsExactly(1, 2, 3, 4, 5);
        assertThat(weeks).extracting(ProgramWeek::targetRir).containsExactly(3, 2, 1, 1, 4);
        assertThat(weeks).extracting(ProgramWeek::deload).containsExactly(false, false, false, false, true);
        assertThat(weeks.subList(0, 4)).allSatisfy(w -> assertThat(w.days()).isEqualTo(WEEK));
        List<ProgramDay> deload = weeks.get(4).days();
        // the same days and exercises; sets 4 → 2, 3 → 2, 1 → 1, 5 → 3 (halved, rounded up)
        assertThat(deload).extracting(ProgramDay::day).containsExactly(1, 2, 3);
        assertThat(deload.get(0).exercises()).extracting(PlannedExercise::slug)
                .containsExactly("barbell_hip_thrust", "romanian_deadlift", "plank");
        assertThat(deload.get(0).exercises()).extracting(PlannedExercise::sets).containsExactly(2, 2, 1);
        assertThat(deload.get(2).exercises()).extracting(PlannedExercise::sets).containsExactly(3);
        assertThat(deload.get(0).exercises()).extracting(PlannedExercise::reps).containsExactly(10, 10, null);
        // the session is shorter: half the work and rest
        assertThat(deload.get(0).estimatedMinutes()).isLessThan(sum(WEEK.get(0)) / 60 + 1);
    }

    @Test
    void shouldHaveNoDeloadInBlocksUnderFourWeeks() {
        assertThat(TrainingBlock.of(WEEK, 1)).extracting(ProgramWeek::targetRir).containsExactly(3);
        assertThat(TrainingBlock.of(WEEK, 3)).extracting(ProgramWeek::targetRir).containsExactly(3, 2, 1);
        assertThat(TrainingBlock.of(WEEK, 3)).noneMatch(ProgramWeek::deload);
        assertThat(TrainingBlock.of(WEEK, 4)).extracting(ProgramWeek::targetRir).containsExactly(3, 2, 1, 4);
        assertThat(TrainingBlock.of(WEEK, 8)).extracting(ProgramWeek::targetRir).containsExactly(3, 2, 1, 1, 1, 1, 1, 4);
    }

    @Test
    void shouldDescribeTheBlock() {
        assertThat(TrainingBlock.describe(1)).isNull();
        assertThat(TrainingBlock.describe(5)).isEqualTo("A block of 5 weeks: end each working set with 3, 2, 1, 1 reps in "
                + "reserve in weeks 1-4, adding load as the sets allow; week 5 is a deload (the same exercises at half the "
                + "sets, 4 reps in reserve) before the next block.");
    }

    private static int sum(ProgramDay d) {
        return d.exercises().stream().mapToInt(PlannedExercise::seconds).sum();
    }
}
