package app.peach.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseCatalog;
import app.peach.exercises.ExerciseKind;
import app.peach.goals.GoalCatalog;
import app.peach.safety.rules.NoRestDay;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The program builder's rules, each checked on the real catalog (the builder itself is plain Java; the
 * test only borrows the catalogs that Postgres serves).
 */
@QuarkusTest
class ProgramBuilderTest {
    static final Set<Equipment> NONE = EnumSet.noneOf(Equipment.class);
    static final Set<Equipment> HOME_GYM = EnumSet.of(Equipment.BARBELL, Equipment.BENCH, Equipment.DUMBBELL,
            Equipment.RESISTANCE_BAND);

    @Inject
    ExerciseCatalog exercises;
    @Inject
    GoalCatalog goals;

    ProgramBuilder.Program build(Goal goal, Level level, Set<Equipment> equipment, int days, Integer minutes,
            boolean sits, Double kg) {
        return ProgramBuilder.build(new ProgramInput(goals.policy(goal), level, equipment, days, minutes, sits, false, kg),
                exercises.all());
    }

    static Stream<Arguments> everyGoalLevelAndEquipment() {
        return Stream.of(Goal.values()).flatMap(g -> Stream.of(Level.values())
                .flatMap(l -> Stream.of(Arguments.of(g, l, NONE), Arguments.of(g, l, HOME_GYM))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyGoalLevelAndEquipment")
    void shouldKeepRestDaysAndEquipmentForEveryGoalLevelAndKit(Goal goal, Level level, Set<Equipment> kit) {
        for (int days = 2; days <= 6; days++) {
            var program = build(goal, level, kit, days, null, false, 65.0);
            assertThat(program.days()).extracting(ProgramDay::day).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(program.days()).filteredOn(d -> d.type() == DayType.STRENGTH).hasSize(days);
            assertThat(NoRestDay.consecutiveDays(program.trainingDays())).as("%s %s %s, %d days", goal, level, kit, days)
                    .isEmpty();
            for (ProgramDay day : program.days()) {
                for (PlannedExercise p : day.exercises()) {
                    assertThat(p.exercise().usableWith(kit)).as(p.slug()).isTrue();
                    assertThat(level.canDo(p.exercise().level())).as(p.slug()).isTrue();
                }
            }
            program.days().stream().filter(d -> d.type() == DayType.STRENGTH)
                    .forEach(d -> assertThat(d.exercises()).as("day %d", d.day()).isNotEmpty());
        }
    }

    @Test
    void shouldNeverLoadAPrimeMoverOnConsecutiveDaysIncludingDaySevenToOne() {
        var program = build(Goal.GLUTE_GROWTH, Level.ADVANCED, HOME_GYM, 6, null, false, null);
        List<Set<Muscle>> loaded = program.trainingDays().stream().map(t -> t.muscleGroups()).toList();
        for (int i = 0; i + 1 < loaded.size(); i++) {
            Set<Muscle> shared = EnumSet.copyOf(loaded.get(i));
            shared.retainAll(loaded.get(i + 1));
            assertThat(shared).isEmpty();
        }
        assertThat(program.days().get(6).type()).isNotEqualTo(DayType.STRENGTH);
    }

    @Test
    void shouldStartBeginnersWithActivationAndUnweightedWork() {
        var program = build(Goal.GLUTE_GROWTH, Level.BEGINNER, HOME_GYM, 3, null, false, null);
        for (ProgramDay day : strengthDays(program)) {
            assertThat(day.exercises().get(0).slug()).isEqualTo("glute_activation_check");
            assertThat(day.exercises().get(1).exercise().kind()).isEqualTo(ExerciseKind.ACTIVATION);
            Exercise firstMain = firstMain(day);
            assertThat(firstMain.equipment()).allMatch(e -> e == Equipment.BODYWEIGHT || e == Equipment.RESISTANCE_BAND);
        }
        assertThat(program.progression()).anyMatch(s -> s.contains("add reps"));
    }

    @Test
    void shouldGiveIntermediatesWeightedCompoundsWithProgressiveOverload() {
        var program = build(Goal.GLUTE_GROWTH, Level.INTERMEDIATE, HOME_GYM, 3, null, false, null);
        for (ProgramDay day : strengthDays(program)) {
            Exercise first = firstMain(day);
            assertThat(first.kind()).isEqualTo(ExerciseKind.COMPOUND);
            assertThat(first.equipment()).as("day %d: %s", day.day(), first.slug())
                    .anyMatch(e -> e == Equipment.BARBELL || e == Equipment.DUMBBELL);
        }
        assertThat(program.progression()).anyMatch(s -> s.contains("2-10 % load"));
        Set<String> week = slugs(program);
        assertThat(week).containsAnyOf("barbell_hip_thrust", "barbell_glute_bridge");
        assertThat(week).containsAnyOf("sumo_squat", "conventional_deadlift", "reverse_lunge", "weighted_step_up");
    }

    @Test
    void shouldEmphasiseSideGlutesAndCoreForHipDips() {
        var program = build(Goal.HIP_DIPS, Level.INTERMEDIATE, EnumSet.of(Equipment.RESISTANCE_BAND, Equipment.ANKLE_WEIGHT,
                Equipment.CABLE_MACHINE), 3, null, false, null);
        for (ProgramDay day : strengthDays(program)) {
            long sideGlute = day.exercises().stream().filter(p -> p.exercise().kind() == ExerciseKind.ISOLATION
                    && p.exercise().primaryMuscles().contains(Muscle.GLUTEUS_MEDIUS)).count();
            assertThat(sideGlute).as("day %d", day.day()).isGreaterThanOrEqualTo(2);
            assertThat(day.exercises()).extracting(PlannedExercise::slug).contains("plank", "bird_dog");
        }
        assertThat(slugs(program)).contains("side_lying_hip_abduction_ankle_weight", "standing_cable_hip_abduction");
    }

    @Test
    void shouldPutTheHipFlexorStretchAndHipExtensionOnEveryDayForButtLift() {
        var program = build(Goal.BUTT_LIFT, Level.BEGINNER, NONE, 3, null, false, null);
        for (ProgramDay day : program.days()) {
            assertThat(day.exercises()).extracting(PlannedExercise::slug)
                    .contains("static_hip_flexor_stretch", "single_leg_hip_extension");
            assertThat(day.type()).isIn(DayType.STRENGTH, DayType.MOBILITY);
        }
        PlannedExercise extension = program.days().get(1).exercises().stream()
                .filter(p -> p.slug().equals("single_leg_hip_extension")).findFirst().orElseThrow();
        assertThat(extension.holdSeconds()).isBetween(5, 10);
        assertThat(extension.reps()).isBetween(10, 12);
        assertThat(extension.sets()).isEqualTo(2);
    }

    @Test
    void shouldDoMoreHipFlexorWorkForThoseWhoSitMostOfTheDay() {
        var program = build(Goal.BUTT_LIFT, Level.BEGINNER, NONE, 3, null, true, null);
        program.days().forEach(d -> d.exercises().stream().filter(p -> p.slug().equals("static_hip_flexor_stretch"))
                .forEach(p -> {
                    assertThat(p.sets()).isEqualTo(3);
                    assertThat(p.notes()).contains("sitting");
                }));
    }

    @Test
    void shouldGiveFatLossModerateStrengthAndAtLeast150MinutesOfCardio() {
        for (int n = 2; n <= 6; n++) {
            final int days = n;
            var program = build(Goal.FAT_LOSS, Level.INTERMEDIATE, HOME_GYM, days, null, false, 80.0);
            assertThat(strengthDays(program)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(program.aerobicMinutesPerWeek()).as("%d days", days).isGreaterThanOrEqualTo(150);
            program.days().forEach(d -> d.exercises().forEach(p -> assertThat(p.sets()).isLessThanOrEqualTo(3)));
            assertThat(program.days()).anyMatch(d -> d.type() == DayType.REST || days == 6);
        }
    }

    @Test
    void shouldBoundEachSessionByTheMinutesGiven() {
        for (Goal goal : Goal.values()) {
            var program = build(goal, Level.INTERMEDIATE, HOME_GYM, 4, 25, false, null);
            boolean tooShort = program.findings().stream().anyMatch(f -> f.code().equals("SESSION_TOO_SHORT"));
            if (!tooShort) {
                program.days().forEach(d -> assertThat(d.estimatedMinutes()).as("%s day %d", goal, d.day())
                        .isLessThanOrEqualTo(25));
            }
        }
    }

    @Test
    void shouldSayWhenASessionCannotBeShortEnough() {
        // butt_lift keeps its daily hip-flexor pair (3 sets each when sitting most of the day): about 22 minutes
        var program = build(Goal.BUTT_LIFT, Level.BEGINNER, NONE, 3, 10, true, null);
        assertThat(program.findings()).extracting(Finding::code).contains("SESSION_TOO_SHORT");
    }

    @Test
    void shouldSayWhenEquipmentLimitsTheProgram() {
        var program = build(Goal.HIP_DIPS, Level.BEGINNER, NONE, 4, null, false, null);
        assertThat(program.findings()).extracting(Finding::code).contains("PROGRAM_LIMITED_BY_EQUIPMENT");
    }

    @Test
    void shouldCountWeeklyExerciseEnergyAsMetsTimesKgTimesHours() {
        var program = build(Goal.GLUTE_GROWTH, Level.INTERMEDIATE, HOME_GYM, 4, null, false, 65.0);
        double expected = program.days().stream().flatMap(d -> d.exercises().stream())
                .mapToDouble(p -> p.exercise().met() * 65.0 * p.seconds() / 3600.0).sum();
        assertThat((double) program.weeklyExerciseKcal()).isCloseTo(expected, within(0.5));
        assertThat(build(Goal.GLUTE_GROWTH, Level.INTERMEDIATE, HOME_GYM, 4, null, false, null).weeklyExerciseKcal())
                .isNull();
    }

    @Test
    void shouldGiveTheSamePlanForTheSameRequest() {
        for (Goal goal : Goal.values()) {
            assertThat(build(goal, Level.INTERMEDIATE, HOME_GYM, 5, 45, true, 70.0))
                    .isEqualTo(build(goal, Level.INTERMEDIATE, HOME_GYM, 5, 45, true, 70.0));
        }
    }

    private static List<ProgramDay> strengthDays(ProgramBuilder.Program p) {
        return p.days().stream().filter(d -> d.type() == DayType.STRENGTH).toList();
    }

    private static Exercise firstMain(ProgramDay day) {
        return day.exercises().stream().map(PlannedExercise::exercise)
                .filter(e -> e.kind() == ExerciseKind.COMPOUND || e.kind() == ExerciseKind.ISOLATION).findFirst().orElseThrow();
    }

    private static Set<String> slugs(ProgramBuilder.Program p) {
        return p.days().stream().flatMap(d -> d.exercises().stream()).map(PlannedExercise::slug)
                .collect(java.util.stream.Collectors.toSet());
    }
}
