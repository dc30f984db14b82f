package app.peach.coaching;

import java.util.List;

/** One client with its daily logs in a date range, read together in one query (progress needs nothing else). */
public record ClientLogs(ClientProfile profile, List<DailyLogs.Weight> weights, List<DailyLogs.Intake> intakes) {
}
