package app.peach.training.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import app.peach.exercises.TestExercises;

/** Hand-worked: the test exercises have MET 3.5, 3 s a rep, 90 s rest, and the 30 s set-up. */
class WorkoutEnergyTest {

    @Test
    void shouldCountRepsRestAndSetUpOfARepExercise() {
        // hip thrust 12, 11, 10, 9 reps: 42 × 3 s work + 3 × 90 s rest + 30 s set-up = 426 s
        var done = new WorkoutEnergy.Done(TestExercises.HIP_THRUST, 4, 4, 42);
        assertThat(WorkoutEnergy.seconds(done)).isEqualTo(426);
        // 3.5 MET × 426 / 3600 h = 0.41417 MET-hours; at 65 kg: 26.9 kcal
        assertThat(WorkoutEnergy.metHours(done)).isCloseTo(0.414167, within(1e-6));
        assertThat(WorkoutEnergy.metHours(done) * 65).isCloseTo(26.92, within(0.01));
    }

    @Test
    void shouldCountEachWorkingSetOfAHoldExerciseAsOneHold() {
        // plank (30 s holds), sets of 1, 1 and 0 reps: 2 holds × 30 s + 2 × 90 s rest + 30 s set-up = 270 s
        var done = new WorkoutEnergy.Done(TestExercises.PLANK, 3, 2, 2);
        assertThat(WorkoutEnergy.seconds(done)).isEqualTo(270);
        assertThat(WorkoutEnergy.metHours(done)).isCloseTo(0.2625, within(1e-9));
    }

    @Test
    void shouldGiveAFailedSingleSetOnlyItsSetUp() {
        assertThat(WorkoutEnergy.seconds(new WorkoutEnergy.Done(TestExercises.HIP_THRUST, 1, 0, 0))).isEqualTo(30);
    }
}
