package app.peach.programs;

import static app.peach.exercises.ExerciseKind.COMPOUND;
import static app.peach.exercises.ExerciseKind.CORE;
import static app.peach.exercises.ExerciseKind.ISOLATION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import app.peach.exercises.ExerciseKind;
import app.peach.safety.TrainingDay;
import app.peach.vocabulary.Muscle;

/** One day of the week being built: its number (1–7), what it is for, a strength day's focus, its exercises. */
record PlannedDay(int day, DayType type, Focus focus, List<PlannedExercise> exercises) {
    /**
     * The kinds that load their prime movers. Activation drills, stretches and cardio are warm-up or recovery,
     * so the rest-day rule does not count them.
     */
    private static final Set<ExerciseKind> LOADING = EnumSet.of(COMPOUND, ISOLATION, CORE);

    PlannedDay {
        exercises = List.copyOf(exercises);
    }

    static PlannedDay rest(int day) {
        return new PlannedDay(day, DayType.REST, null, List.of());
    }

    /** This day with {@code bout} added at the end, and now of {@code newType}. */
    PlannedDay plus(PlannedExercise bout, DayType newType) {
        List<PlannedExercise> more = new ArrayList<>(exercises);
        more.add(bout);
        return new PlannedDay(day, newType, focus, more);
    }

    /** The estimated length of the day's session. */
    int seconds() {
        int s = 0;
        for (PlannedExercise p : exercises) {
            s += p.seconds();
        }
        return s;
    }

    ProgramDay toProgramDay() {
        return new ProgramDay(day, type, label(), (int) Math.round(seconds() / 60.0), exercises);
    }

    /** The muscles this day loads as prime movers, what the safety rules judge rest days by. */
    TrainingDay toTrainingDay() {
        Set<Muscle> loaded = EnumSet.noneOf(Muscle.class);
        for (PlannedExercise p : exercises) {
            if (LOADING.contains(p.exercise().kind())) {
                loaded.addAll(p.exercise().primaryMuscles());
            }
        }
        return new TrainingDay(day, loaded);
    }

    private String label() {
        if (focus != null) {
            return focus.label;
        }
        return switch (type) {
            case CARDIO -> "moderate aerobic activity";
            case MOBILITY -> "hip-flexor stretch and hip extension";
            case STRENGTH, REST -> null;
        };
    }
}
