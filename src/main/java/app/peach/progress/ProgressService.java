package app.peach.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.peach.coaching.ClientLogs;
import app.peach.coaching.ClientProfile;
import app.peach.coaching.ClientService;
import app.peach.coaching.DailyLogs;
import app.peach.coaching.LogRepository;
import app.peach.energy.EnergyCalculator;
import app.peach.energy.Formula;
import app.peach.energy.Person;
import app.peach.goals.GoalCatalog;
import app.peach.measurements.MeasurementCalculator;
import app.peach.measurements.MeasurementRepository;
import app.peach.safety.Plan;
import app.peach.safety.SafetyReport;
import app.peach.safety.SafetyRules;
import app.peach.targets.TargetsResponse;
import app.peach.targets.TargetsService;
import app.peach.training.TrainingService;
import app.peach.training.TrainingSummary;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Verdict;

/** Progress of clients: the pure calculator over their logs, the safety rules on what happened, today's targets. */
@ApplicationScoped
public class ProgressService {
    /** How far back the trend looks. */
    static final int HISTORY_DAYS = 120;
    private final ClientService clients;
    private final LogRepository logs;
    private final TargetsService targets;
    private final GoalCatalog goals;
    private final Clock clock;
    private final MeasurementRepository measurements;
    private final TrainingService training;

    ProgressService(ClientService clients, LogRepository logs, TargetsService targets, GoalCatalog goals, Clock clock,
            MeasurementRepository measurements, TrainingService training) {
        this.clients = clients;
        this.logs = logs;
        this.targets = targets;
        this.goals = goals;
        this.clock = clock;
        this.measurements = measurements;
        this.training = training;
    }

    /** One client's progress: the client (if it is this coach's) and both logs in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressResponse progress(UUID coachId, String clientId) {
        LocalDate today = LocalDate.now(clock);
        ClientLogs c = clients.withLogs(coachId, clientId, today.minusDays(HISTORY_DAYS), today.plusDays(1));
        return progressOf(List.of(c.profile()), c.weights(), c.intakes()).get(c.profile().id());
    }

    /** Progress of many clients with a query per kind of log in all (and two for their training). */
    public Map<UUID, ProgressResponse> progressOf(Collection<ClientProfile> many) {
        if (many.isEmpty()) {
            return new HashMap<>();
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = many.stream().map(ClientProfile::id).toList();
        return progressOf(many, logs.weightsOf(ids, today.minusDays(HISTORY_DAYS), today.plusDays(1)),
                logs.intakesOf(ids, today.minusDays(HISTORY_DAYS), today.plusDays(1)));
    }

    private Map<UUID, ProgressResponse> progressOf(Collection<ClientProfile> many, List<DailyLogs.Weight> weightLogs,
            List<DailyLogs.Intake> intakeLogs) {
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = many.stream().map(ClientProfile::id).toList();
        Map<UUID, ProgressResponse> out = new HashMap<>();
        Map<UUID, List<ProgressCalculator.Weight>> weights = new HashMap<>();
        weightLogs.forEach(w -> weights
                .computeIfAbsent(w.clientId(), k -> new ArrayList<>())
                .add(new ProgressCalculator.Weight(w.date(), w.kg())));
        Map<UUID, List<ProgressCalculator.Intake>> intakes = new HashMap<>();
        intakeLogs.forEach(i -> intakes
                .computeIfAbsent(i.clientId(), k -> new ArrayList<>())
                .add(new ProgressCalculator.Intake(i.date(), i.kcal(), i.proteinG())));
        var tape = measurements.takenOf(ids, today.minusDays(MeasurementCalculator.WINDOW_DAYS - 1), today);
        Map<UUID, TrainingSummary> trained = training.summariesOf(many);
        for (ClientProfile c : many) {
            out.put(c.id(), progress(c, ProgressCalculator.compute(weights.getOrDefault(c.id(), List.of()),
                    intakes.getOrDefault(c.id(), List.of())),
                    MeasurementCalculator.window(tape.getOrDefault(c.id(), List.of()), today),
                    trained.getOrDefault(c.id(), TrainingSummary.NONE)));
        }
        return out;
    }

    private ProgressResponse progress(ClientProfile c, ProgressCalculator.Result r, List<MeasurementCalculator.Taken> tape,
            TrainingSummary t) {
        int age = c.age(clock);
        double height = c.heightCm();
        TargetsResponse today = null;
        String source = null;
        SafetyReport report;
        var bodyFat = MeasurementCalculator.bodyFat(c.sex(), height, tape);
        Double bodyFatPercent = bodyFat.map(MeasurementCalculator.BodyFat::percent).orElse(null);
        List<Finding> observed = MeasurementCalculator.waistAgainstHips(c.goal(), tape).stream().toList();
        if (r.trendWeightKg() != null) {
            Person person = new Person(c.sex(), age, r.trendWeightKg(), height, bodyFatPercent);
            // with a body-fat figure, maintenance by lean mass (Katch–McArdle) rather than by weight and height
            Formula formula = bodyFatPercent != null ? Formula.KATCH_MCARDLE : Formula.MIFFLIN_ST_JEOR;
            long formulaMaintenance = Math.round(EnergyCalculator.estimate(person, c.activityLevel(), formula).tdeeKcal());
            long maintenance = r.adaptiveTdeeKcal() != null ? Math.round(r.adaptiveTdeeKcal()) : formulaMaintenance;
            source = r.adaptiveTdeeKcal() != null ? "adaptive" : formula.apiValue();
            today = targets.targets(person, maintenance, c.goal(), null, null, false, formula);
            Double protein = r.meanProteinG() == null ? null : Math.round(r.meanProteinG() / r.trendWeightKg() * 100) / 100.0;
            Plan happened = Plan.of(c.sex(), age, r.trendWeightKg(), height, maintenance).goal(goals.policy(c.goal()))
                    .dailyKcal(r.meanIntakeKcal()).observedWeeklyRateKg(r.observedWeeklyRateKg()).proteinGPerKg(protein)
                    .bodyFatPercent(bodyFatPercent).exerciseKcalPerWeek(t.exerciseMetHoursPerWeek() * r.trendWeightKg())
                    .build();
            report = SafetyRules.evaluate(happened, observed);
        } else {
            // no weigh-ins yet: nothing to judge but the tape
            report = new SafetyReport(Verdict.of(observed), observed);
        }
        List<Finding> findings = report.findings();
        if (!t.findings().isEmpty()) { // what the training log shows joins what the weigh-ins and intake show
            findings = new ArrayList<>(findings);
            findings.addAll(t.findings());
            findings.sort(Finding.MOST_SEVERE_FIRST);
        }
        return new ProgressResponse(c.id(), r.trendWeightKg(), r.observedWeeklyRateKg(), r.adaptiveTdeeKcal(), r.note(),
                r.meanIntakeKcal(), r.weighInDays(), r.intakeDays(), today, source, Verdict.of(findings), findings,
                MeasurementCalculator.change(tape), bodyFatPercent,
                bodyFat.map(MeasurementCalculator.BodyFat::source).orElse(null), t.lastWorkoutDate(), t.workoutDaysLast14());
    }
}
