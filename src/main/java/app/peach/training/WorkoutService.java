package app.peach.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import app.peach.coaching.ClientProfile;
import app.peach.coaching.ClientService;
import app.peach.coaching.LogDates;
import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseCatalog;
import app.peach.training.rules.LoggedSet;
import app.peach.vocabulary.ClientEvent;
import app.peach.vocabulary.InvalidInput;
import app.peach.vocabulary.NotFound;
import app.peach.vocabulary.Violation;

/**
 * The training log of a coach's client: one workout per date, PUT replaces. Every exercise is a catalog exercise;
 * a rep range left out is the catalog prescription's reps (for both ends). Recording a workout fires
 * {@code workout.recorded} inside the write's transaction.
 */
@ApplicationScoped
public class WorkoutService {
    /** Longest date range a list may ask for, as for weigh-ins. */
    static final int MAX_RANGE_DAYS = 3660;
    /** A list without from/to: the last 90 days, as for weigh-ins. */
    static final int DEFAULT_DAYS = 90;
    private final ClientService clients;
    private final WorkoutRepository workouts;
    private final ExerciseCatalog catalog;
    private final Clock clock;
    private final Event<ClientEvent> events;

    WorkoutService(ClientService clients, WorkoutRepository workouts, ExerciseCatalog catalog, Clock clock,
            Event<ClientEvent> events) {
        this.clients = clients;
        this.workouts = workouts;
        this.catalog = catalog;
        this.clock = clock;
        this.events = events;
    }

    public record Put(Workout workout, boolean created) {
    }

    @Transactional
    public Put put(UUID coachId, String clientId, String date, WorkoutRequest r) {
        ClientProfile c = clients.profile(coachId, clientId);
        List<Violation> violations = new ArrayList<>();
        LocalDate day = logDate(date, violations);
        List<WorkoutRepository.Logged> exercises = resolve(day, r.exercises(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        boolean created = workouts.put(c.id(), day, r.notes(), exercises);
        events.fire(new ClientEvent(ClientEvent.WORKOUT_RECORDED, coachId, c.id(), Instant.now(clock),
                Map.of("date", day.toString())));
        return new Put(view(day, r.notes(), exercises), created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Workout get(UUID coachId, String clientId, String date) {
        ClientProfile c = clients.profile(coachId, clientId);
        LocalDate day = LogDates.date("date", date);
        List<Workout> found = read(c.id(), day, day);
        if (found.isEmpty()) {
            throw new NotFound("No workout on " + day + ".");
        }
        return found.get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Workout> list(UUID coachId, String clientId, String from, String to) {
        ClientProfile c = clients.profile(coachId, clientId);
        LocalDate end = to == null ? LocalDate.now(clock).plusDays(1) : LogDates.date("to", to);
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS) : LogDates.date("from", from);
        TrainingService.checkRange(start, end, MAX_RANGE_DAYS);
        return read(c.id(), start, end);
    }

    @Transactional
    public void delete(UUID coachId, String clientId, String date) {
        ClientProfile c = clients.profile(coachId, clientId);
        LocalDate day = LogDates.date("date", date);
        if (!workouts.delete(c.id(), day)) {
            throw new NotFound("No workout on " + day + ".");
        }
        events.fire(new ClientEvent(ClientEvent.PROGRESS_INPUTS_CHANGED, coachId, c.id(), Instant.now(clock),
                Map.of("date", day.toString())));
    }

    /** A workout date: ISO, not after tomorrow (time zones). */
    private LocalDate logDate(String value, List<Violation> violations) {
        try {
            LocalDate day = LogDates.date("date", value);
            if (day.isAfter(LocalDate.now(clock).plusDays(1))) {
                violations.add(new Violation("date", "must not be after tomorrow"));
            }
            return day;
        } catch (InvalidInput e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /** The exercises to store: catalog slugs, each once, rep ranges resolved and ordered; loads to 0.01 kg. */
    private List<WorkoutRepository.Logged> resolve(LocalDate day, List<WorkoutRequest.LoggedExercise> requested,
            List<Violation> violations) {
        List<WorkoutRepository.Logged> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            WorkoutRequest.LoggedExercise e = requested.get(i);
            String field = "exercises[" + i + "]";
            Optional<Exercise> known = catalog.find(e.slug());
            if (known.isEmpty()) {
                violations.add(new Violation(field + ".slug", "is not a catalog exercise (see GET /api/v1/exercises)"));
                continue;
            }
            if (!seen.add(e.slug())) {
                violations.add(new Violation(field + ".slug", "appears more than once: log all its sets under one entry"));
                continue;
            }
            Integer prescribed = known.get().prescription().reps();
            Integer min = first(e.repsMin(), prescribed, e.repsMax());
            Integer max = first(e.repsMax(), prescribed, e.repsMin());
            if (min != null && max != null && min > max) {
                violations.add(new Violation(field + (e.repsMin() != null ? ".repsMin" : ".repsMax"),
                        "repsMin (" + min + ") must not be above repsMax (" + max + ")"
                                + (e.repsMin() == null || e.repsMax() == null ? "; a range end left out is the catalog's "
                                        + prescribed + " reps" : "")));
                continue;
            }
            List<LoggedSet> sets = e.sets().stream().map(s -> new LoggedSet(s.reps(), kg(s.loadKg()), s.rir())).toList();
            out.add(new WorkoutRepository.Logged(day, e.slug(), min, max, sets));
        }
        return out;
    }

    private List<Workout> read(UUID clientId, LocalDate from, LocalDate to) {
        Map<LocalDate, String> notes = workouts.workouts(clientId, from, to);
        if (notes.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, List<WorkoutRepository.Logged>> byDate = new LinkedHashMap<>();
        notes.keySet().forEach(d -> byDate.put(d, new ArrayList<>()));
        for (WorkoutRepository.Logged l : workouts.exercises(clientId, from, to)) {
            byDate.computeIfAbsent(l.date(), d -> new ArrayList<>()).add(l);
        }
        List<Workout> out = new ArrayList<>(byDate.size());
        byDate.forEach((d, exercises) -> out.add(view(d, notes.get(d), exercises)));
        return out;
    }

    private Workout view(LocalDate day, String notes, List<WorkoutRepository.Logged> exercises) {
        List<Workout.Entry> entries = new ArrayList<>(exercises.size());
        for (WorkoutRepository.Logged l : exercises) {
            List<WorkoutSet> sets = l.sets().stream().map(s -> new WorkoutSet(s.reps(),
                    s.loadKg() == null ? null : s.loadKg().doubleValue(), s.rir())).toList();
            entries.add(new Workout.Entry(l.slug(), TrainingService.exercise(catalog, l.slug()).name(), l.repsMin(),
                    l.repsMax(), sets));
        }
        return new Workout(day, entries, notes);
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static BigDecimal kg(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
