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

import app.peach.coaching.ClientProfile;
import app.peach.coaching.ClientService;
import app.peach.coaching.LogRepository;
import app.peach.energy.EnergyCalculator;
import app.peach.energy.Formula;
import app.peach.energy.Person;
import app.peach.goals.GoalCatalog;
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
    private final TrainingService training;

    ProgressService(ClientService clients, LogRepository logs, TargetsService targets, GoalCatalog goals, Clock clock,
            TrainingService training) {
        this.clients = clients;
        this.logs = logs;
        this.targets = targets;
        this.goals = goals;
        this.clock = clock;
        this.training = training;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressResponse progress(UUID coachId, String clientId) {
        ClientProfile c = clients.profile(coachId, clientId);
        return progressOf(List.of(c)).get(c.id());
    }

    /** Progress of many clients with two queries in all (and two for their training). */
    public Map<UUID, ProgressResponse> progressOf(Collection<ClientProfile> many) {
        Map<UUID, ProgressResponse> out = new HashMap<>();
        if (many.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = many.stream().map(ClientProfile::id).toList();
        Map<UUID, List<ProgressCalculator.Weight>> weights = new HashMap<>();
        logs.weightsOf(ids, today.minusDays(HISTORY_DAYS), today.plusDays(1)).forEach(w -> weights
                .computeIfAbsent(w.clientId(), k -> new ArrayList<>())
                .add(new ProgressCalculator.Weight(w.date(), w.kg())));
        Map<UUID, List<ProgressCalculator.Intake>> intakes = new HashMap<>();
        logs.intakesOf(ids, today.minusDays(HISTORY_DAYS), today.plusDays(1)).forEach(i -> intakes
                .computeIfAbsent(i.clientId(), k -> new ArrayList<>())
                .add(new ProgressCalculator.Intake(i.date(), i.kcal(), i.proteinG())));
        Map<UUID, TrainingSummary> trained = training.summariesOf(many);
        for (ClientProfile c : many) {
            out.put(c.id(), progress(c, ProgressCalculator.compute(weights.getOrDefault(c.id(), List.of()),
                    intakes.getOrDefault(c.id(), List.of())), trained.getOrDefault(c.id(), TrainingSummary.NONE)));
        }
        return out;
    }

    private ProgressResponse progress(ClientProfile c, ProgressCalculator.Result r, TrainingSummary t) {
        int age = c.age(clock);
        double height = c.heightCm();
        TargetsResponse today = null;
        String source = null;
        SafetyReport report;
        if (r.trendWeightKg() != null) {
            Person person = new Person(c.sex(), age, r.trendWeightKg(), height, null);
            long formulaMaintenance = Math.round(
                    EnergyCalculator.estimate(person, c.activityLevel(), Formula.MIFFLIN_ST_JEOR).tdeeKcal());
            long maintenance = r.adaptiveTdeeKcal() != null ? Math.round(r.adaptiveTdeeKcal()) : formulaMaintenance;
            source = r.adaptiveTdeeKcal() != null ? "adaptive" : Formula.MIFFLIN_ST_JEOR.apiValue();
            today = targets.targets(person, maintenance, c.goal(), null, null, false, Formula.MIFFLIN_ST_JEOR);
            Double protein = r.meanProteinG() == null ? null : Math.round(r.meanProteinG() / r.trendWeightKg() * 100) / 100.0;
            Plan happened = Plan.of(c.sex(), age, r.trendWeightKg(), height, maintenance).goal(goals.policy(c.goal()))
                    .dailyKcal(r.meanIntakeKcal()).weeklyRateKg(r.observedWeeklyRateKg()).proteinGPerKg(protein).build();
            report = SafetyRules.evaluate(happened);
        } else {
            report = new SafetyReport(Verdict.OK, List.of()); // nothing logged yet, nothing to judge
        }
        List<Finding> findings = report.findings();
        if (!t.findings().isEmpty()) { // what the training log shows joins what the weigh-ins and intake show
            findings = new ArrayList<>(findings);
            findings.addAll(t.findings());
            findings.sort(Finding.MOST_SEVERE_FIRST);
        }
        return new ProgressResponse(c.id(), r.trendWeightKg(), r.observedWeeklyRateKg(), r.adaptiveTdeeKcal(), r.note(),
                r.meanIntakeKcal(), r.weighInDays(), r.intakeDays(), today, source, Verdict.of(findings), findings,
                t.lastWorkoutDate(), t.workoutDaysLast14());
    }
}
