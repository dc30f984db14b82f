package app.peach.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.peach.exercises.Exercise;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;

/**
 * Builds a weekly plan from the exercise catalog, one rule at a time (README, "Exercises and programs"):
 * <ol>
 * <li>{@link RankedExercises}: only what the client's kit and level allow, best first for the goal and level;</li>
 * <li>{@link StrengthSchedule}: which days are strength days and what each trains;</li>
 * <li>{@link StrengthSessions}: each strength day's warm-up, main lifts ({@link MainLiftPicker},
 * {@link SlotCounts}), core and cool-down, with {@link Prescriptions} and {@link Progression};</li>
 * <li>{@link ButtLiftRoutine}: butt_lift's daily pair, and mobility on the other days;</li>
 * <li>{@link SessionParts#fitWithin}: each day cut to {@code sessionMinutes};</li>
 * <li>{@link CardioPlan}: fat_loss's 150 minutes of cardio.</li>
 * </ol>
 * Pure Java and deterministic: the same input always gives the same plan.
 */
final class ProgramBuilder {
    private final ProgramInput in;
    private final RankedExercises ranked;
    private final Prescriptions rx;
    /** The builder's findings in the order it meets them, day by day. */
    private final List<Finding> findings = new ArrayList<>();

    private ProgramBuilder(ProgramInput in, List<Exercise> catalog) {
        this.in = in;
        this.ranked = RankedExercises.of(catalog, in);
        this.rx = new Prescriptions(in.goal(), in.level());
    }

    static Program build(ProgramInput in, List<Exercise> catalog) {
        return new ProgramBuilder(in, catalog).build();
    }

    private Program build() {
        List<PlannedExercise> dailyPair = in.goal() == Goal.BUTT_LIFT ? ButtLiftRoutine.dailyPair(in, ranked) : List.of();
        StrengthSessions strength = new StrengthSessions(in, ranked, rx, dailyPair, findings::add);
        Week week = Week.allRest();
        for (Map.Entry<Integer, Focus> day : StrengthSchedule.focusByDay(in.daysPerWeek()).entrySet()) {
            List<PlannedExercise> session = fit(strength.session(day.getValue()));
            week = week.with(new PlannedDay(day.getKey(), DayType.STRENGTH, day.getValue(), session));
        }
        if (in.goal() == Goal.BUTT_LIFT) {
            for (PlannedDay rest : week.ofType(DayType.REST)) {
                List<PlannedExercise> mobility = fit(ButtLiftRoutine.mobilityDay(dailyPair, ranked, rx));
                week = week.with(new PlannedDay(rest.day(), DayType.MOBILITY, null, mobility));
            }
        }
        Cardio cardio = null;
        if (in.goal() == Goal.FAT_LOSS) {
            CardioPlan.CardioWeek withCardio = CardioPlan.add(week, in.sessionMinutes(), ranked);
            week = withCardio.week();
            cardio = withCardio.cardio();
        }
        return new Program(week.programDays(), Progression.lines(in.level(), in.goal()), cardio,
                week.exerciseKcal(in.weightKg()), week.trainingDays(), in.daysPerWeek(),
                cardio == null ? 0 : cardio.minutesPerWeek(), List.copyOf(findings));
    }

    /** The session cut to {@code sessionMinutes}, reporting a session that cannot be cut short enough. */
    private List<PlannedExercise> fit(SessionParts session) {
        SessionParts.Fitted fitted = session.fitWithin(in.sessionMinutes());
        if (!fitted.fits()) {
            findings.add(ProgramFindings.sessionTooShort(in.sessionMinutes(), fitted.minutes()));
        }
        return fitted.exercises();
    }
}
