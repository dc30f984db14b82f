package app.peach.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.peach.exercises.Exercise;
import app.peach.training.rules.Decision;
import app.peach.training.rules.DoubleProgression;
import app.peach.training.rules.LoggedSet;
import app.peach.training.rules.OneRepMax;
import app.peach.training.rules.Session;
import app.peach.training.rules.WeeklyVolume;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Wording;

/**
 * A client's training over a period, from the logged workouts: per exercise its sessions, best estimated 1RM
 * ({@link OneRepMax}) and next load ({@link DoubleProgression}); the weekly sets per muscle over the last 7 days
 * of the period and the volume findings ({@link WeeklyVolume}). Pure Java.
 */
public final class TrainingCalculator {
    /** Days of the period, counted back from its last day, that make the week of the weekly sets. */
    public static final int WEEK_DAYS = 7;

    /** One exercise of one logged workout. */
    public record Entry(LocalDate date, Exercise exercise, Integer repsMin, Integer repsMax, List<LoggedSet> sets) {
    }

    /** An exercise's progress; {@code lastSessionDate} may lie before the period (then the decision is no_data). */
    public record ExerciseResult(Exercise exercise, int sessions, Double bestE1rmKg, DoubleProgression.Outcome outcome,
            LocalDate lastSessionDate, Integer repsMin, Integer repsMax) {
    }

    public record Result(List<ExerciseResult> exercises, Map<Muscle, Double> weeklySets, List<Finding> findings) {
    }

    private TrainingCalculator() {
    }

    /**
     * @param entries in date order; entries before {@code from} (a look-back) only name exercises that were done
     *                before and not in the period ({@code no_data})
     */
    public static Result compute(LocalDate from, LocalDate to, Goal goal, List<Entry> entries) {
        Map<String, List<Entry>> bySlug = new TreeMap<>();
        LocalDate weekStart = later(from, to.minusDays(WEEK_DAYS - 1));
        List<WeeklyVolume.Work> week = new ArrayList<>();
        boolean trained = false;
        for (Entry e : entries) {
            if (e.date().isAfter(to)) {
                continue;
            }
            bySlug.computeIfAbsent(e.exercise().slug(), k -> new ArrayList<>()).add(e);
            if (!e.date().isBefore(from)) {
                trained = true;
                if (!e.date().isBefore(weekStart)) {
                    week.add(new WeeklyVolume.Work(e.exercise(), (int) e.sets().stream().filter(s -> s.reps() > 0).count()));
                }
            }
        }
        List<ExerciseResult> exercises = new ArrayList<>();
        bySlug.values().forEach(history -> exercises.add(progress(from, to, history)));
        Map<Muscle, Double> weeklySets = WeeklyVolume.setsPerMuscle(week);
        List<Finding> findings = new ArrayList<>(WeeklyVolume.findings(goal, weeklySets, trained));
        findings.sort(Finding.MOST_SEVERE_FIRST);
        return new Result(exercises, weeklySets, findings);
    }

    private static ExerciseResult progress(LocalDate from, LocalDate to, List<Entry> history) {
        history.sort(Comparator.comparing(Entry::date));
        List<Session> sessions = new ArrayList<>();
        double best = Double.NaN;
        for (Entry e : history) {
            if (e.date().isBefore(from)) {
                continue;
            }
            sessions.add(new Session(e.date(), e.repsMin(), e.repsMax(), e.sets()));
            for (LoggedSet s : e.sets()) {
                if (s.loadKg() != null) {
                    double e1rm = OneRepMax.epleyKg(s.loadKg().doubleValue(), s.reps(), s.rir());
                    best = Double.isNaN(best) || e1rm > best ? e1rm : best;
                }
            }
        }
        Entry last = history.get(history.size() - 1);
        DoubleProgression.Outcome outcome = DoubleProgression.decide(sessions);
        if (outcome.decision() == Decision.NO_DATA) {
            BigDecimal before = new Session(last.date(), last.repsMin(), last.repsMax(), last.sets()).topLoadKg();
            outcome = new DoubleProgression.Outcome(Decision.NO_DATA, before, null, "No session between " + from + " and "
                    + to + "; last done on " + last.date() + (before == null ? "" : " at " + Wording.num(before.doubleValue())
                    + " kg") + ".");
        }
        return new ExerciseResult(last.exercise(), sessions.size(), Double.isNaN(best) ? null : round1(best), outcome,
                last.date(), last.repsMin(), last.repsMax());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
