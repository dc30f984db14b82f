package app.peach.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseKind;
import app.peach.exercises.Prescription;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/**
 * The program builder's rules (README, "Exercises and programs"), each checked on the catalog the migrations
 * seed (plain Java, no Quarkus), and the README's worked weeks pinned by their published numbers.
 */
class ProgramBuilderTest {
    static final Set<Equipment> NONE = EnumSet.noneOf(Equipment.class);
    static final Set<Equipment> HOME_GYM = EnumSet.of(Equipment.BARBELL, Equipment.BENCH, Equipment.DUMBBELL,
            Equipment.RESISTANCE_BAND);

    static Program build(Goal goal, Level level, Set<Equipment> equipment, int days, Integer minutes, boolean sits,
            Double kg) {
        return ProgramBuilder.build(input(goal, level, equipment, days, minutes, sits, kg), TestCatalog.EXERCISES);
    }

    static ProgramInput input(Goal goal, Level level, Set<Equipment> equipment, int days, Integer minutes, boolean sits,
            Double kg) {
        return TestCatalog.input(goal, level, equipment, days, minutes, sits, false, kg);
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

    @ParameterizedTest(name = "{0} days a week: strength on days {1}")
    @CsvSource({ "2, 1 4", "3, 1 3 5", "4, 1 2 4 5", "5, 1 2 3 4 5", "6, 1 2 3 4 5 6" })
    void shouldPlaceTheStrengthDaysAsTheReadmeSays(int days, String expected) {
        var program = build(Goal.MAINTENANCE, Level.INTERMEDIATE, HOME_GYM, days, null, false, null);
        assertThat(program.days()).filteredOn(d -> d.type() == DayType.STRENGTH).extracting(ProgramDay::day)
                .map(String::valueOf).containsExactly(expected.split(" "));
        assertThat(program.strengthDays()).isEqualTo(days);
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
        // README: 10 s holds, 12 reps; 2 sets for those who do not sit most of the day
        assertThat(extension.holdSeconds()).isEqualTo(10);
        assertThat(extension.reps()).isEqualTo(12);
        assertThat(extension.sets()).isEqualTo(2);
    }

    @Test
    void shouldDoMoreHipFlexorWorkForThoseWhoSitMostOfTheDay() {
        var program = build(Goal.BUTT_LIFT, Level.BEGINNER, NONE, 3, null, true, null);
        List<PlannedExercise> stretches = program.days().stream().flatMap(d -> d.exercises().stream())
                .filter(p -> p.slug().equals("static_hip_flexor_stretch")).toList();
        assertThat(stretches).hasSize(7).allSatisfy(p -> {
            assertThat(p.sets()).isEqualTo(3);
            assertThat(p.notes()).contains("sitting");
        });
    }

    @ParameterizedTest(name = "{0} strength days: cardio on days {1}")
    @CsvSource({
            // 150 min over the rest days but the last: 150 / 4 = 37.5, rounded up to 5 → 40 min × 4 = 160
            "2, 2 3 5 6, 160",
            // 150 / 3 = 50 min × 3 = 150
            "3, 2 4 6, 150",
            // 150 / 2 = 75 min × 2 = 150
            "4, 3 6, 150",
            // one rest day left: 150 / 1 = 150 min on day 6
            "5, 6, 150",
            // no cardio day (day 7 rests): finishers of 150 / 6 = 25 min on each strength day, 25 × 6 = 150
            "6, '', 150" })
    void shouldGiveFatLossAtLeast150MinutesOfCardioAndOneFullRestDay(int days, String cardioDays, int minutes) {
        var program = build(Goal.FAT_LOSS, Level.INTERMEDIATE, HOME_GYM, days, null, false, 80.0);
        assertThat(program.days()).filteredOn(d -> d.type() == DayType.CARDIO).extracting(d -> String.valueOf(d.day()))
                .containsExactly(cardioDays.isEmpty() ? new String[0] : cardioDays.split(" "));
        assertThat(program.aerobicMinutesPerWeek()).isEqualTo(minutes);
        assertThat(program.cardio().minutesPerWeek()).isEqualTo(minutes);
        assertThat(program.days().get(6).type()).isEqualTo(DayType.REST);
        program.days().forEach(d -> d.exercises().forEach(p -> assertThat(p.sets()).isLessThanOrEqualTo(3)));
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
        // A catalog of one exercise: each of the two strength days (1 and 4) holds only it, 3 × 10 reps.
        Exercise squat = new Exercise("test_squat", "Test squat", List.of(Muscle.QUADRICEPS, Muscle.GLUTEUS_MAXIMUS),
                List.of(), List.of(Equipment.BODYWEIGHT), Level.BEGINNER, ExerciseKind.COMPOUND, List.of("Squat."), 5.0,
                "02022", "calisthenics", new Prescription(3, 10, null, 60), List.of(Goal.MAINTENANCE), List.of("test"), 3,
                false);
        var program = ProgramBuilder.build(input(Goal.MAINTENANCE, Level.INTERMEDIATE, NONE, 2, null, false, 70.0),
                List.of(squat));
        // one session: 3 sets × 10 reps × 3 s + 2 rests × 60 s + 30 s set-up = 90 + 120 + 30 = 240 s = 4 min
        assertThat(program.days()).extracting(ProgramDay::estimatedMinutes).containsExactly(4, 0, 0, 4, 0, 0, 0);
        // 5.0 METs × 70 kg × 240 s / 3600 s = 23.33 kcal a session; two sessions = 46.67 → 47 kcal
        assertThat(program.weeklyExerciseKcal()).isEqualTo(47L);
        assertThat(ProgramBuilder.build(input(Goal.MAINTENANCE, Level.INTERMEDIATE, NONE, 2, null, false, null),
                List.of(squat)).weeklyExerciseKcal()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the README's worked weeks: minutes of days 1-7 and weeklyExerciseKcal (empty: no weightKg)
            "glute_growth|36 23 0 28 22 0 0|473", "fat_loss|29 45 30 45 29 45 0|1195", "hip_dips|37 0 38 0 37 0 0|375",
            "butt_lift|46 22 22 47 22 22 22|755", "maintenance|31 18 23 18 21 0 0|" })
    void shouldBuildTheReadmesWorkedWeeks(String goal, String minutes, Long kcal) throws Exception {
        String body = switch (goal) {
            case "glute_growth" -> ProgramExamples.GLUTE_GROWTH;
            case "fat_loss" -> ProgramExamples.FAT_LOSS;
            case "hip_dips" -> ProgramExamples.HIP_DIPS;
            case "butt_lift" -> ProgramExamples.BUTT_LIFT;
            default -> ProgramExamples.MAINTENANCE;
        };
        var r = new ObjectMapper().readValue(body, ProgramRequest.class);
        var program = build(r.goal(), r.level(), r.equipment().isEmpty() ? NONE : EnumSet.copyOf(r.equipment()),
                r.daysPerWeek(), r.sessionMinutes(), Boolean.TRUE.equals(r.sitsMostOfDay()), r.weightKg());
        assertThat(program.days()).extracting(d -> String.valueOf(d.estimatedMinutes()))
                .containsExactly(minutes.split(" "));
        assertThat(program.weeklyExerciseKcal()).isEqualTo(kcal);
    }

    private static List<ProgramDay> strengthDays(Program p) {
        return p.days().stream().filter(d -> d.type() == DayType.STRENGTH).toList();
    }

    private static Exercise firstMain(ProgramDay day) {
        return day.exercises().stream().map(PlannedExercise::exercise)
                .filter(e -> e.kind() == ExerciseKind.COMPOUND || e.kind() == ExerciseKind.ISOLATION).findFirst().orElseThrow();
    }

    private static Set<String> slugs(Program p) {
        return p.days().stream().flatMap(d -> d.exercises().stream()).map(PlannedExercise::slug)
                .collect(Collectors.toSet());
    }
}
