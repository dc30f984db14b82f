package app.peach.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Verdict;

/** One client on the coach's dashboard. */
@Schema(name = "DashboardEntry")
public record DashboardEntry(UUID clientId, String name, Goal goal, Verdict verdict,
        @Schema(nullable = true) Double trendWeightKg, @Schema(nullable = true) Double observedWeeklyRateKg,
        @Schema(description = "Most severe first") List<Finding> findings,
        @Schema(description = "The check-in waiting for the coach's decision", nullable = true) UUID pendingCheckInId,
        @Schema(description = "Days since a check-in was last approved; null when none ever was", nullable = true,
                example = "7") Integer daysSinceApprovedCheckIn,
        @Schema(description = "Date of the last logged workout", nullable = true, example = "2026-11-20")
        LocalDate lastWorkoutDate,
        @Schema(description = "Days of the last 14 (today included) with a logged workout", example = "6")
        int workoutDaysLast14) {
}
