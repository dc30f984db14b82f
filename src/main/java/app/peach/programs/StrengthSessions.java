package app.peach.programs;

import static app.peach.exercises.ExerciseKind.ACTIVATION;
import static app.peach.exercises.ExerciseKind.CORE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import app.peach.exercises.Exercise;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/**
 * The week's strength sessions, each in the order the client does it: a warm-up (beginners first check that
 * they can feel the glutes work, then everyone wakes the side glutes with an activation drill), the goal's
 * daily pair (butt_lift), the main lifts with the progression rule on the first, core work and a foam-rolling
 * cool-down. Sessions are asked for day by day in order: the lifts rotate through the week.
 */
final class StrengthSessions {
    private final ProgramInput in;
    private final RankedExercises ranked;
    private final Prescriptions rx;
    private final List<PlannedExercise> dailyPair;
    private final MainLiftPicker lifts;
    private final Consumer<Finding> report;
    /** Each focus short of lifts is reported once, not once per day. */
    private final Set<Focus> reportedShort = EnumSet.noneOf(Focus.class);

    StrengthSessions(ProgramInput in, RankedExercises ranked, Prescriptions rx, List<PlannedExercise> dailyPair,
            Consumer<Finding> report) {
        this.in = in;
        this.ranked = ranked;
        this.rx = rx;
        this.dailyPair = dailyPair;
        this.lifts = new MainLiftPicker(ranked);
        this.report = report;
    }

    /** The next strength day's session, before it is fitted to the session's minutes. */
    SessionParts session(Focus focus) {
        List<PlannedExercise> warmUp = new ArrayList<>();
        if (in.level() == Level.BEGINNER) {
            ranked.named("glute_activation_check").ifPresent(e -> warmUp.add(rx.plan(e, null)));
        }
        ranked.first(e -> e.kind() == ACTIVATION && e.primaryMuscles().contains(Muscle.GLUTEUS_MEDIUS))
                .ifPresent(e -> warmUp.add(rx.plan(e, "Warm-up: wake the side glutes before the main work.")));

        int wanted = SlotCounts.mainLifts(in.goal(), focus);
        List<Exercise> picked = lifts.pick(focus, wanted);
        if (picked.size() < wanted && reportedShort.add(focus)) {
            report.accept(ProgramFindings.limitedByEquipment(focus, picked.size(), wanted));
        }
        List<PlannedExercise> main = new ArrayList<>();
        for (Exercise e : picked) {
            main.add(rx.plan(e, main.isEmpty() ? Progression.firstLiftNote(in.level(), e) : null));
        }

        List<PlannedExercise> core = ranked.matching(e -> e.kind() == CORE).stream()
                .limit(SlotCounts.coreExercises(in.goal(), focus)).map(e -> rx.plan(e, null)).toList();
        List<PlannedExercise> coolDown = ranked.named("foam_rolling").map(e -> List.of(rx.plan(e, "Cool-down.")))
                .orElse(List.of());
        return new SessionParts(warmUp, dailyPair, main, core, coolDown);
    }
}
