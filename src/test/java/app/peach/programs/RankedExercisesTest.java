package app.peach.programs;

import static app.peach.exercises.ExerciseKind.COMPOUND;
import static app.peach.exercises.ExerciseKind.ISOLATION;
import static app.peach.programs.TestExercises.lift;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.peach.exercises.Exercise;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/** Only what the kit and level allow; the goal's exercises first, then load by level, then emphasis. */
class RankedExercisesTest {
    static final List<Goal> GROWTH = List.of(Goal.GLUTE_GROWTH);
    static final List<Exercise> CATALOG = List.of(
            lift("off_goal_thrust", COMPOUND, List.of(Muscle.GLUTEUS_MAXIMUS), Equipment.BARBELL, Level.BEGINNER,
                    List.of(Goal.FAT_LOSS)),
            lift("air_squat", COMPOUND, List.of(Muscle.QUADRICEPS, Muscle.GLUTEUS_MAXIMUS), Equipment.BODYWEIGHT,
                    Level.BEGINNER, GROWTH),
            lift("band_walk", ISOLATION, List.of(Muscle.GLUTEUS_MEDIUS), Equipment.RESISTANCE_BAND, Level.BEGINNER, GROWTH),
            lift("barbell_thrust", COMPOUND, List.of(Muscle.GLUTEUS_MAXIMUS), Equipment.BARBELL, Level.BEGINNER, GROWTH),
            lift("advanced_thrust", COMPOUND, List.of(Muscle.GLUTEUS_MAXIMUS), Equipment.BARBELL, Level.ADVANCED, GROWTH));

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
            // weighted first; then by share of prime movers in the emphasis: band_walk 1/1, air_squat 1/2; off goal last
            "intermediate|barbell resistance_band|barbell_thrust band_walk air_squat off_goal_thrust",
            // bodyweight and band first, by emphasis; then weighted; off goal last
            "beginner|barbell resistance_band|band_walk air_squat barbell_thrust off_goal_thrust",
            "advanced|barbell resistance_band|barbell_thrust advanced_thrust band_walk air_squat off_goal_thrust",
            // no barbell: the barbell lifts are out
            "advanced|resistance_band|band_walk air_squat",
            // nothing: bodyweight is always there
            "beginner||air_squat" })
    void shouldRankTheUsableExercises(String level, String kit, String expected) {
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        if (kit != null) {
            for (String e : kit.split(" ")) {
                equipment.add(Equipment.valueOf(e.toUpperCase()));
            }
        }
        var in = new ProgramInput(Goal.GLUTE_GROWTH, List.of(Muscle.GLUTEUS_MAXIMUS, Muscle.GLUTEUS_MEDIUS,
                Muscle.GLUTEUS_MINIMUS, Muscle.HAMSTRINGS), Level.valueOf(level.toUpperCase()), equipment, 3, null, false,
                false, null);
        assertThat(RankedExercises.of(CATALOG, in).matching(e -> true)).extracting(Exercise::slug)
                .containsExactly(expected.split(" "));
    }
}
