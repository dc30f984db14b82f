package app.peach.coaching;

import java.time.LocalDate;
import java.util.UUID;

/** The daily logs as the features beyond coaching read them: one record per client and date. */
public final class DailyLogs {
    private DailyLogs() {
    }

    public record Weight(UUID clientId, LocalDate date, double kg) {
    }

    public record Intake(UUID clientId, LocalDate date, int kcal, Integer proteinG) {
    }
}
