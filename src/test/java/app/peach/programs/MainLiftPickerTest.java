package app.peach.programs;

import static app.peach.exercises.ExerciseKind.COMPOUND;
import static app.peach.programs.TestExercises.lift;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.peach.exercises.Exercise;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/** A day avoids two lifts with the same prime movers; a focus repeated in the week rotates to new lifts. */
class MainLiftPickerTest {
    // Equal on every ranking key (no training emphasis), so they rank in catalog order: a, b, c, d.
    static final List<Exercise> CATALOG = List.of(
            lift("a", COMPOUND, List.of(Muscle.GLUTEUS_MAXIMUS), Equipment.BODYWEIGHT, Level.BEGINNER, List.of(Goal.MAINTENANCE)),
            lift("b", COMPOUND, List.of(Muscle.GLUTEUS_MAXIMUS), Equipment.BODYWEIGHT, Level.BEGINNER, List.of(Goal.MAINTENANCE)),
            lift("c", COMPOUND, List.of(Muscle.QUADRICEPS), Equipment.BODYWEIGHT, Level.BEGINNER, List.of(Goal.MAINTENANCE)),
            lift("d", COMPOUND, List.of(Muscle.HAMSTRINGS), Equipment.BODYWEIGHT, Level.BEGINNER, List.of(Goal.MAINTENANCE)));

    @Test
    void shouldRotateThroughTheWeekBeforeRepeatingAndNeverDoubleAPrimeMover() {
        var in = new ProgramInput(Goal.MAINTENANCE, List.of(), Level.BEGINNER, EnumSet.noneOf(Equipment.class), 4, null,
                false, false, null);
        var picker = new MainLiftPicker(RankedExercises.of(CATALOG, in));
        // day 1: a; b has a's prime movers; c
        assertThat(slugs(picker.pick(Focus.FULL, 2))).containsExactly("a", "c");
        // day 2: the lifts not done yet, b and d
        assertThat(slugs(picker.pick(Focus.FULL, 2))).containsExactly("b", "d");
        // day 3: all done, so repeats, still one lift per set of prime movers: a, c, d (b doubles a)
        assertThat(slugs(picker.pick(Focus.FULL, 3))).containsExactly("a", "c", "d");
        // day 4 wants four: only then does b join a on the same prime movers
        assertThat(slugs(picker.pick(Focus.FULL, 4))).containsExactly("a", "c", "d", "b");
        // an abduction day allows none of them
        assertThat(picker.pick(Focus.ABDUCTION, 2)).isEmpty();
    }

    private static List<String> slugs(List<Exercise> lifts) {
        return lifts.stream().map(Exercise::slug).toList();
    }
}
