package app.peach.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import app.peach.energy.MetricPairs;
import app.peach.vocabulary.ClientEvent;

/**
 * Daily logs of a coach's client: one weigh-in and one intake log per date, PUT replaces. Every write fires a
 * {@link ClientEvent} inside its transaction (webhooks hear it and commit their outbox row with the write).
 */
@ApplicationScoped
public class LogService {
    private final ClientService clients;
    private final LogRepository logs;
    private final Clock clock;
    private final Event<ClientEvent> events;

    LogService(ClientService clients, LogRepository logs, Clock clock, Event<ClientEvent> events) {
        this.clients = clients;
        this.logs = logs;
        this.clock = clock;
        this.events = events;
    }

    public record Put<T>(T entry, boolean created) {
    }

    @Transactional
    public Put<LogEntries.WeighInEntry> putWeighIn(UUID coachId, String clientId, String date, WeighInRequest r) {
        Client c = clients.owned(coachId, clientId);
        LocalDate day = LogDates.logDate(date, clock);
        BigDecimal kg = BigDecimal.valueOf(MetricPairs.weightKg(r.weightKg(), r.weightLb(), true)).setScale(2, RoundingMode.HALF_UP);
        boolean created = logs.putWeighIn(c.id, day, kg);
        fire(ClientEvent.WEIGH_IN_RECORDED, c, day, "weightKg", kg.doubleValue());
        return new Put<>(new LogEntries.WeighInEntry(day, kg.doubleValue()), created);
    }

    @Transactional
    public Put<LogEntries.IntakeEntry> putIntake(UUID coachId, String clientId, String date, IntakeRequest r) {
        Client c = clients.owned(coachId, clientId);
        LocalDate day = LogDates.logDate(date, clock);
        boolean created = logs.putIntake(c.id, day, r.kcal(), r.proteinG());
        fire(ClientEvent.INTAKE_RECORDED, c, day, "kcal", r.kcal(), "proteinG", r.proteinG());
        return new Put<>(new LogEntries.IntakeEntry(day, r.kcal(), r.proteinG()), created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LogEntries.WeighInEntry> weighIns(UUID coachId, String clientId, String from, String to) {
        Client c = clients.owned(coachId, clientId);
        LocalDate[] range = LogDates.range(from, to, clock);
        return logs.weighIns(List.of(c.id), range[0], range[1]).stream()
                .map(w -> new LogEntries.WeighInEntry(w.id.date(), w.weightKg.doubleValue())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LogEntries.IntakeEntry> intakes(UUID coachId, String clientId, String from, String to) {
        Client c = clients.owned(coachId, clientId);
        LocalDate[] range = LogDates.range(from, to, clock);
        return logs.intakes(List.of(c.id), range[0], range[1]).stream()
                .map(i -> new LogEntries.IntakeEntry(i.id.date(), i.kcal, i.proteinG)).toList();
    }

    /** Tells the rest of the service, in this transaction, what was recorded: the date, then name/value pairs. */
    private void fire(String type, Client c, LocalDate day, Object... namesAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("date", day.toString());
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            data.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        events.fire(new ClientEvent(type, c.coachId, c.id, clock.instant(), data));
    }
}
