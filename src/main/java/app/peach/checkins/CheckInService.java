package app.peach.checkins;

import static app.peach.vocabulary.Wording.kcal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.peach.coaching.ClientProfile;
import app.peach.coaching.ClientService;
import app.peach.coaching.LogRepository;
import app.peach.energy.Person;
import app.peach.progress.ProgressResponse;
import app.peach.progress.ProgressService;
import app.peach.safety.SafetyLimits;
import app.peach.targets.TargetsResponse;
import app.peach.targets.TargetsService;
import app.peach.vocabulary.ClientEvent;
import app.peach.vocabulary.Conflict;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.NotFound;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/**
 * Check-ins: Peach proposes new targets from the last 14 days of logs, the coach approves or rejects them, and the
 * most recently approved targets are the client's. Proposing and approving fire check_in.proposed and
 * check_in.approved in the write's transaction.
 */
@ApplicationScoped
public class CheckInService {
    private final ClientService clients;
    private final LogRepository logs;
    private final ProgressService progress;
    private final TargetsService targets;
    private final CheckInRepository checkIns;
    private final ObjectMapper json;
    private final Event<ClientEvent> events;
    private final Clock clock;

    CheckInService(ClientService clients, LogRepository logs, ProgressService progress, TargetsService targets,
            CheckInRepository checkIns, ObjectMapper json, Event<ClientEvent> events, Clock clock) {
        this.clients = clients;
        this.logs = logs;
        this.progress = progress;
        this.targets = targets;
        this.checkIns = checkIns;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CheckInResponse propose(UUID coachId, String clientId) {
        ClientProfile c = clients.profile(coachId, clientId);
        checkIns.pending(c.id()).ifPresent(p -> {
            throw pendingConflict(p.id);
        });
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(CheckInCalculator.WINDOW_DAYS - 1);
        List<UUID> ids = List.of(c.id());
        Adherence adherence = new Adherence(logs.weightsOf(ids, from, today).size(), logs.intakesOf(ids, from, today).size(),
                CheckInCalculator.WINDOW_DAYS);
        CheckIn approved = checkIns.approved(c.id()).orElse(null);
        TargetsResponse current = approved == null ? null : read(approved.proposedTargets);

        CheckIn made = new CheckIn();
        made.id = UUID.randomUUID();
        made.clientId = c.id();
        made.date = today;
        made.weighInDays = (short) adherence.weighInDays();
        made.intakeDays = (short) adherence.intakeDays();
        made.windowDays = (short) adherence.windowDays();
        made.currentTargets = current == null ? null : write(current);
        made.createdAt = now();
        TargetsResponse proposed = null;
        CheckInCalculator.Decision d;
        if (!CheckInCalculator.enoughData(adherence)) {
            d = CheckInCalculator.decide(adherence, null, 0, 0);
        } else {
            // the targets of progress: adaptive expenditure as maintenance once the logs tell it, else the formula
            ProgressResponse p = progress.progressOf(List.of(c)).get(c.id());
            TargetsResponse calculated = p.targets();
            int floor = SafetyLimits.calorieFloor(c.sex());
            d = CheckInCalculator.decide(adherence, current == null ? null : current.targetKcal(),
                    calculated.targetKcal(), floor);
            proposed = d.targetKcal() == calculated.targetKcal() ? calculated
                    : targets.targetsAt(new Person(c.sex(), c.age(clock), p.trendWeightKg(), c.heightCm(), p.bodyFatPercent()),
                            calculated.maintenanceKcal(), c.goal(), d.targetKcal(), calculated.formula(),
                            List.of(stepFinding(calculated.targetKcal(), current.targetKcal(), d.targetKcal())));
            made.maintenanceSource = p.maintenanceSource();
            made.proposedTargets = write(proposed);
        }
        made.status = d.status();
        made.reason = d.reason();
        made.changeKcal = d.changeKcal() == null ? null : Math.toIntExact(d.changeKcal());
        if (!checkIns.insert(made)) {
            throw pendingConflict(checkIns.pending(c.id()).map(p -> p.id).orElse(null));
        }
        CheckInResponse view = view(made, current, proposed);
        if (made.status == CheckInStatus.PENDING) {
            events.fire(event(ClientEvent.CHECK_IN_PROPOSED, coachId, c.id(), view));
        }
        return view;
    }

    @Transactional
    public CheckInResponse approve(UUID coachId, String clientId, String checkInId) {
        return decide(coachId, clientId, checkInId, CheckInStatus.APPROVED);
    }

    @Transactional
    public CheckInResponse reject(UUID coachId, String clientId, String checkInId) {
        return decide(coachId, clientId, checkInId, CheckInStatus.REJECTED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CheckInResponse> list(UUID coachId, String clientId) {
        ClientProfile c = clients.profile(coachId, clientId);
        return checkIns.of(c.id()).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckInResponse get(UUID coachId, String clientId, String checkInId) {
        ClientProfile c = clients.profile(coachId, clientId);
        return view(found(c, checkInId));
    }

    /** The client's targets: those of the most recently approved check-in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApprovedTargets approvedTargets(UUID coachId, String clientId) {
        ClientProfile c = clients.profile(coachId, clientId);
        CheckIn a = checkIns.approved(c.id()).orElseThrow(() -> new NotFound("Client " + c.id()
                + " has no approved targets yet: propose a check-in (POST …/check-ins) and approve it."));
        return new ApprovedTargets(a.id, a.date, a.decidedAt, read(a.proposedTargets));
    }

    /** Each client's pending check-in and days since the last approval, with two queries in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, CheckInSummary> summariesOf(Collection<UUID> clientIds) {
        Map<UUID, CheckInSummary> out = new HashMap<>();
        if (clientIds.isEmpty()) {
            return out;
        }
        Map<UUID, UUID> pending = new HashMap<>();
        checkIns.pendingOf(clientIds).forEach(p -> pending.put(p.clientId, p.id));
        Map<UUID, Integer> days = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Object[] row : checkIns.lastApprovalsOf(clientIds)) {
            LocalDate approvedOn = ((OffsetDateTime) row[1]).atZoneSameInstant(clock.getZone()).toLocalDate();
            days.put((UUID) row[0], (int) ChronoUnit.DAYS.between(approvedOn, today));
        }
        for (UUID id : clientIds) {
            out.put(id, new CheckInSummary(pending.get(id), days.get(id)));
        }
        return out;
    }

    private CheckInResponse decide(UUID coachId, String clientId, String checkInId, CheckInStatus decision) {
        ClientProfile c = clients.profile(coachId, clientId);
        UUID id = parse(checkInId);
        // the conditional update decides first; only then is the row read, so that what is read is its outcome
        boolean decided = checkIns.decide(id, c.id(), decision, now());
        CheckIn after = checkIns.find(id, c.id()).orElseThrow(() -> notFound(checkInId));
        if (!decided) {
            throw new Conflict("Check-in " + id + " is " + after.status.apiValue()
                    + ": only a pending check-in can be approved or rejected.");
        }
        CheckInResponse view = view(after);
        if (decision == CheckInStatus.APPROVED) {
            events.fire(event(ClientEvent.CHECK_IN_APPROVED, coachId, c.id(), view));
        }
        return view;
    }

    private CheckIn found(ClientProfile c, String checkInId) {
        return checkIns.find(parse(checkInId), c.id()).orElseThrow(() -> notFound(checkInId));
    }

    private static UUID parse(String checkInId) {
        try {
            return UUID.fromString(checkInId);
        } catch (IllegalArgumentException e) {
            throw notFound(checkInId);
        }
    }

    private static NotFound notFound(String checkInId) {
        return new NotFound("No check-in " + checkInId + " of this client.");
    }

    private static Conflict pendingConflict(UUID pendingId) {
        return new Conflict("Check-in " + pendingId + " is still pending: approve or reject it before proposing another.");
    }

    /** Why the proposal is not the calculator's target: the gradual step of the check-in policy. */
    private static Finding stepFinding(long calculatedKcal, long approvedKcal, long proposedKcal) {
        return Finding.of("CHECK_IN_STEP_CAPPED", Severity.INFO, "The targets calculator gives " + kcal(calculatedKcal)
                + "; a check-in moves the target at most " + CheckInCalculator.MAX_STEP_KCAL + " kcal/day from the approved "
                + kcal(approvedKcal) + ", so it proposes " + kcal(proposedKcal) + ".",
                (double) CheckInCalculator.MAX_STEP_KCAL, (double) Math.abs(calculatedKcal - approvedKcal),
                Sources.CHECK_IN_POLICY);
    }

    private ClientEvent event(String type, UUID coachId, UUID clientId, CheckInResponse v) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("checkInId", v.id().toString());
        data.put("date", v.date().toString());
        data.put("status", v.status().apiValue());
        data.put("reason", v.reason().apiValue());
        if (v.proposedTargets() != null) {
            data.put("targetKcal", v.proposedTargets().targetKcal());
        }
        if (v.changeKcal() != null) {
            data.put("changeKcal", v.changeKcal());
        }
        return new ClientEvent(type, coachId, clientId, clock.instant(), data);
    }

    private CheckInResponse view(CheckIn c) {
        return view(c, read(c.currentTargets), read(c.proposedTargets));
    }

    private CheckInResponse view(CheckIn c, TargetsResponse current, TargetsResponse proposed) {
        return new CheckInResponse(c.id, c.date, c.status, current, proposed,
                c.changeKcal == null ? null : c.changeKcal.longValue(), c.reason,
                new Adherence(c.weighInDays, c.intakeDays, c.windowDays), c.maintenanceSource, c.createdAt, c.decidedAt);
    }

    private String write(TargetsResponse t) {
        try {
            return json.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("targets could not be written as JSON", e);
        }
    }

    private TargetsResponse read(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, TargetsResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored targets are not the JSON this service writes", e);
        }
    }

    private OffsetDateTime now() {
        // Postgres keeps microseconds: what a write returns is what a later read returns
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
