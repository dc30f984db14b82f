package app.peach.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import app.peach.vocabulary.InvalidInput;

/**
 * The dates of per-client, per-day records (weigh-ins, intake, measurements, workouts): the path's ISO date and
 * the from/to range of a list, read the same way by every feature that keeps such records.
 */
public final class LogDates {
    /** Longest date range a list may ask for. */
    public static final int MAX_RANGE_DAYS = 3660;

    private LogDates() {
    }

    /** A log date: ISO, not after tomorrow (time zones), not before 1900. */
    public static LocalDate logDate(String value, Clock clock) {
        LocalDate day = date("date", value);
        if (day.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInput("date", "must not be in the future");
        }
        return day;
    }

    /** Inclusive from/to, defaulting to the last 90 days up to today. */
    public static LocalDate[] range(String from, String to, Clock clock) {
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
