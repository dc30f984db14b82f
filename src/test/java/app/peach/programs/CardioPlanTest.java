package app.peach.programs;

import static app.peach.exercises.ExerciseKind.CARDIO;
import static app.peach.exercises.ExerciseKind.COMPOUND;
import static app.peach.programs.TestExercises.planned;
import static app.peach.programs.TestExercises.timed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.peach.exercises.Exercise;
import app.peach.exercises.Prescription;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/** fat_loss: 150 minutes a week on the free days but the last, then finishers where sessions have room. */
class CardioPlanTest {
    static final Exercise WALK = timed("walk", CARDIO, 1800);
    static final Exercise BIKE = TestExercises.exercise("stationary_cycling", CARDIO, List.of(Muscle.QUADRICEPS),
            Equipment.STATIONARY_BIKE, Level.BEGINNER, List.of(Goal.FAT_LOSS), new Prescription(1, null, 1800, 0));
    /** Strength on days 1, 3 and 5, each 1740 s + 30 s set-up = 29.5 min, so 30 whole minutes used. */
    static final Week WEEK = strengthOn(1, 3, 5);

    @Test
    void shouldSplit150MinutesOverTheFreeDaysButTheLast() {
        var planned = CardioPlan.add(WEEK, null, ranked(EnumSet.noneOf(Equipment.class)));
        // free days 2, 4, 6, 7: day 7 rests; 150 / 3 = 50 min on days 2, 4 and 6; nothing is left for finishers
        assertThat(minutesOfCardio(planned.week())).containsExactly(0, 50, 0, 50, 0, 50, 0);
        assertThat(planned.cardio()).isEqualTo(new Cardio("walk", 150, 3, planned.cardio().guidance()));
        assertThat(planned.week().day(7).type()).isEqualTo(DayType.REST);
    }

    @Test
    void shouldCapCardioDaysAtTheSessionAndAddFinishers() {
        var planned = CardioPlan.add(WEEK, 45, ranked(EnumSet.noneOf(Equipment.class)));
        // cardio days: min(45, 50) = 45 min × 3 = 135; the 15 left over 3 strength days = 5 min each, and each has
        // room: 45 - 30 used = 15 ≥ 5. 135 + 15 = 150 minutes in 6 bouts
        assertThat(minutesOfCardio(planned.week())).containsExactly(5, 45, 5, 45, 5, 45, 0);
        assertThat(planned.cardio().minutesPerWeek()).isEqualTo(150);
        assertThat(planned.cardio().sessions()).isEqualTo(6);
        assertThat(planned.week().day(1).type()).isEqualTo(DayType.STRENGTH);
        assertThat(planned.week().day(2).type()).isEqualTo(DayType.CARDIO);
    }

    @Test
    void shouldLeaveTheWeekShortWhenSessionsHaveNoRoom() {
        var planned = CardioPlan.add(WEEK, 32, ranked(EnumSet.noneOf(Equipment.class)));
        // cardio days: min(32, 50) = 32 × 3 = 96; finishers would be (150 - 96) / 3 = 18 → 20 min, but a strength
        // day has 32 - 30 = 2 minutes of room, under 5: none. 96 minutes (the safety rules then say so)
        assertThat(minutesOfCardio(planned.week())).containsExactly(0, 32, 0, 32, 0, 32, 0);
        assertThat(planned.cardio().minutesPerWeek()).isEqualTo(96);
        assertThat(planned.cardio().sessions()).isEqualTo(3);
    }

    @Test
    void shouldCycleWhenTheClientHasABike() {
        assertThat(CardioPlan.add(WEEK, null, ranked(EnumSet.of(Equipment.STATIONARY_BIKE))).cardio().exercise())
                .isEqualTo("stationary_cycling");
    }

    @Test
    void shouldPlanNoCardioWithoutACardioExercise() {
        var in = new ProgramInput(Goal.FAT_LOSS, List.of(), Level.BEGINNER, EnumSet.noneOf(Equipment.class), 3, null,
                false, false, null);
        var planned = CardioPlan.add(WEEK, null, RankedExercises.of(List.of(), in));
        assertThat(planned.cardio()).isNull();
        assertThat(planned.week()).isEqualTo(WEEK);
    }

    private static RankedExercises ranked(EnumSet<Equipment> kit) {
        var in = new ProgramInput(Goal.FAT_LOSS, List.of(), Level.BEGINNER, kit, 3, null, false, false, null);
        return RankedExercises.of(List.of(WALK, BIKE), in);
    }

    private static Week strengthOn(int... days) {
        Week week = Week.allRest();
        for (int day : days) {
            week = week.with(new PlannedDay(day, DayType.STRENGTH, Focus.FULL,
                    List.of(planned(timed("lift", COMPOUND, 1740)))));
        }
        return week;
    }

    /** Minutes of cardio on each day 1-7. */
    private static List<Integer> minutesOfCardio(Week week) {
        return week.days().stream().mapToInt(d -> d.exercises().stream().filter(p -> p.exercise().kind() == CARDIO)
                .mapToInt(p -> p.holdSeconds() / 60).sum()).boxed().toList();
    }
}
