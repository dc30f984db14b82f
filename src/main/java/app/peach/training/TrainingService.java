package app.peach.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.peach.coaching.ClientProfile;
import app.peach.coaching.ClientService;
import app.peach.coaching.LogDates;
import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseCatalog;
import app.peach.training.rules.WeeklyVolume;
import app.peach.training.rules.WorkoutEnergy;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.InvalidInput;

/**
 * What the logged workouts say: the pure {@link TrainingCalculator} over a client's period, and the short
 * summary that progress and the dashboard show for many clients at once (two queries in all).
 */
@ApplicationScoped
public class TrainingService {
    /** The period without from/to: the last 28 days, today included. */
    public static final int DEFAULT_DAYS = 28;
    /** The span of {@code workoutDaysLast14}. */
    public static final int RECENT_DAYS = 14;
    /** Longest period one analysis may cover. */
    static final int MAX_RANGE_DAYS = 366;
    private final ClientService clients;
    private final WorkoutRepository workouts;
    private final ExerciseCatalog catalog;
    private final Clock clock;

    TrainingService(ClientService clients, WorkoutRepository workouts, ExerciseCatalog catalog, Clock clock) {
        this.clients = clients;
        this.workouts = workouts;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingResponse training(UUID coachId, String clientId, String from, String to) {
        ClientProfile c = clients.profile(coachId, clientId);
        LocalDate end = to == null ? LocalDate.now(clock) : LogDates.date("to", to);
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : LogDates.date("from", from);
        checkRange(start, end, MAX_RANGE_DAYS);
        // the same length of time before the period names the exercises that were dropped (no_data)
        LocalDate lookBack = start.minusDays(ChronoUnit.DAYS.between(start, end) + 1);
        List<TrainingCalculator.Entry> entries = new ArrayList<>();
        for (WorkoutRepository.Logged l : workouts.exercises(c.id(), lookBack, end)) {
            entries.add(new TrainingCalculator.Entry(l.date(), exercise(catalog, l.slug()), l.repsMin(), l.repsMax(), l.sets()));
        }
        TrainingCalculator.Result r = TrainingCalculator.compute(start, end, c.goal(), entries);
        List<TrainingResponse.ExerciseProgress> exercises = r.exercises().stream().map(e -> new TrainingResponse.ExerciseProgress(
                e.exercise().slug(), e.exercise().name(), e.sessions(), e.bestE1rmKg(), kg(e.outcome().lastLoadKg()),
                kg(e.outcome().nextLoadKg()), e.outcome().decision(), e.outcome().reason(), e.lastSessionDate(),
                e.repsMin(), e.repsMax())).toList();
        List<TrainingResponse.MuscleSets> weekly = new ArrayList<>();
        r.weeklySets().forEach((muscle, sets) -> weekly.add(new TrainingResponse.MuscleSets(muscle, sets)));
        return new TrainingResponse(start, end, exercises, weekly, r.findings());
    }

    /**
     * The training summary of each of these clients, by the default period ending today (one query for all);
     * clients with no workout get {@link TrainingSummary#NONE}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, TrainingSummary> summariesOf(Collection<ClientProfile> many) {
        Map<UUID, TrainingSummary> out = new HashMap<>();
        if (many.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate recentFrom = today.minusDays(RECENT_DAYS - 1);
        LocalDate weekFrom = today.minusDays(TrainingCalculator.WEEK_DAYS - 1);
        WorkoutRepository.Recent recent = workouts.recent(many.stream().map(ClientProfile::id).toList(),
                today.minusDays(DEFAULT_DAYS - 1), today);
        for (ClientProfile c : many) {
            LocalDate last = recent.lastWorkout().get(c.id());
            if (last == null) {
                out.put(c.id(), TrainingSummary.NONE);
                continue;
            }
            List<WorkoutRepository.DayExercise> done = recent.done().getOrDefault(c.id(), List.of());
            Set<LocalDate> recentDays = new HashSet<>();
            List<WeeklyVolume.Work> week = new ArrayList<>();
            double metHours = 0;
            for (WorkoutRepository.DayExercise d : done) {
                Exercise exercise = exercise(catalog, d.slug());
                if (!d.date().isBefore(recentFrom)) {
                    recentDays.add(d.date());
                }
                if (!d.date().isBefore(weekFrom)) {
                    week.add(new WeeklyVolume.Work(exercise, d.workingSets()));
                }
                metHours += WorkoutEnergy.metHours(new WorkoutEnergy.Done(exercise, d.sets(), d.workingSets(), d.reps()));
            }
            List<Finding> findings = new ArrayList<>(WeeklyVolume.findings(c.goal(), WeeklyVolume.setsPerMuscle(week),
                    !done.isEmpty()));
            findings.sort(Finding.MOST_SEVERE_FIRST);
            out.put(c.id(), new TrainingSummary(last, recentDays.size(), findings, metHours / (DEFAULT_DAYS / 7.0)));
        }
        return out;
    }

    /** from not after to, at most {@code maxDays} apart. */
    static void checkRange(LocalDate start, LocalDate end, int maxDays) {
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "must not be after to");
        }
        if (start.plusDays(maxDays).isBefore(end)) {
            throw new InvalidInput("from", "the range may span at most " + maxDays + " days");
        }
    }

    /** A stored slug's catalog exercise (the database's foreign key guarantees it is one). */
    static Exercise exercise(ExerciseCatalog catalog, String slug) {
        return catalog.find(slug).orElseThrow(() -> new IllegalStateException("stored exercise not in the catalog: " + slug));
    }

    private static Double kg(java.math.BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
