package app.peach.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.peach.energy.MetricPairs;
import app.peach.vocabulary.InvalidInput;

/** Daily logs of a coach's client: one weigh-in and one intake log per date, PUT replaces. */
@ApplicationScoped
public class LogService {
    /** Longest date range a list may ask for. */
    static final int MAX_RANGE_DAYS = 3660;
    private final ClientService clients;
    private final LogRepository logs;
    private final Clock clock;

    LogService(ClientService clients, LogRepository logs, Clock clock) {
        this.clients = clients;
        this.logs = logs;
        this.clock = clock;
    }

    public record Put<T>(T entry, boolean created) {
    }

    @Transactional
    public Put<LogEntries.WeighInEntry> putWeighIn(UUID coachId, String clientId, String date, WeighInRequest r) {
        Client c = clients.owned(coachId, clientId);
        LocalDate day = logDate(date);
        BigDecimal kg = BigDecimal.valueOf(MetricPairs.weightKg(r.weightKg(), r.weightLb(), true)).setScale(2, RoundingMode.HALF_UP);
        boolean created = logs.putWeighIn(c.id, day, kg);
        return new Put<>(new LogEntries.WeighInEntry(day, kg.doubleValue()), created);
    }

    @Transactional
    public Put<LogEntries.IntakeEntry> putIntake(UUID coachId, String clientId, String date, IntakeRequest r) {
        Client c = clients.owned(coachId, clientId);
        LocalDate day = logDate(date);
        boolean created = logs.putIntake(c.id, day, r.kcal(), r.proteinG());
        return new Put<>(new LogEntries.IntakeEntry(day, r.kcal(), r.proteinG()), created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LogEntries.WeighInEntry> weighIns(UUID coachId, String clientId, String from, String to) {
        Client c = clients.owned(coachId, clientId);
        LocalDate[] range = range(from, to);
        return logs.weighIns(List.of(c.id), range[0], range[1]).stream()
                .map(w -> new LogEntries.WeighInEntry(w.id.date(), w.weightKg.doubleValue())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LogEntries.IntakeEntry> intakes(UUID coachId, String clientId, String from, String to) {
        Client c = clients.owned(coachId, clientId);
        LocalDate[] range = range(from, to);
        return logs.intakes(List.of(c.id), range[0], range[1]).stream()
                .map(i -> new LogEntries.IntakeEntry(i.id.date(), i.kcal, i.proteinG)).toList();
    }

    /** A log date: ISO, not after tomorrow (time zones), not before 1900. */
    private LocalDate logDate(String value) {
        LocalDate day = date("date", value);
        if (day.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInput("date", "must not be in the future");
        }
        return day;
    }

    /** from/to default to the last 90 days up to today. */
    private LocalDate[] range(String from, String to) {
        LocalDate end = to == null ? LocalDate.now(clock).plusDays(1) : date("to", to);
        LocalDate start = from == null ? end.minusDays(90) : date("from", from);
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "must not be after to");
        }
        if (start.plusDays(MAX_RANGE_DAYS).isBefore(end)) {
            throw new InvalidInput("from", "the range may span at most " + MAX_RANGE_DAYS + " days");
        }
        return new LocalDate[] { start, end };
    }

    /** An ISO date between 1900 and 2999, or invalid input naming {@code field}. */
    public static LocalDate date(String field, String value) {
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.getYear() < 1900 || d.getYear() > 2999) {
                throw new InvalidInput(field, "must be a date between 1900 and 2999");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an ISO date (YYYY-MM-DD)");
        }
    }
}
