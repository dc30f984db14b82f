package app.peach.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.peach.measurements.MeasurementChange;
import app.peach.targets.TargetsResponse;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Verdict;

/** What happened, and today's targets, for one client. */
@Schema(name = "Progress")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProgressResponse(
        UUID clientId,
        @Schema(description = "Smoothed weight (exponential smoothing, α = 0.2/day)", nullable = true, example = "78.6")
        Double trendWeightKg,
        @Schema(description = "Slope of the trend over the last 14–28 days, kg/week (negative: losing)", nullable = true,
                example = "-0.48") Double observedWeeklyRateKg,
        @Schema(description = "Mean intake − trend change × 7,700 / days; null until 14 days of weigh-ins and intake",
                nullable = true, example = "2340") Double adaptiveTdeeKcal,
        @Schema(description = "What is still missing, when something is null", nullable = true) String dataNeeded,
        @Schema(description = "Mean logged intake over the window, kcal/day", nullable = true) Double meanIntakeKcal,
        @Schema(description = "Weigh-in days in the last 28") int weighInDays,
        @Schema(description = "Intake days in the last 28") int intakeDays,
        @Schema(description = "Today's targets (trend weight, age today; adaptive expenditure as maintenance once known)",
                nullable = true) TargetsResponse targets,
        @Schema(description = "adaptive, or the formula: mifflin_st_jeor, or katch_mcardle when a body-fat figure is known",
                nullable = true) String maintenanceSource,
        Verdict verdict,
        @Schema(description = "Safety findings on what actually happened, most severe first") List<Finding> findings,
        @Schema(description = "Tape-measure change over the last 56 days; null without two measurements", nullable = true)
        MeasurementChange measurements,
        @Schema(description = "The most recent body fat of the last 56 days (measured, or US Navy from the tape), % to "
                + "0.1; used for lean-mass maintenance (katch_mcardle) and LOW_ENERGY_AVAILABILITY", nullable = true,
                example = "27.4") Double bodyFatPercent,
        @Schema(description = "measured or navy", nullable = true, example = "navy") String bodyFatSource,
        @Schema(description = "Date of the last logged workout", nullable = true, example = "2026-11-20")
        LocalDate lastWorkoutDate,
        @Schema(description = "Days of the last 14 (today included) with a logged workout", example = "6")
        int workoutDaysLast14) {
}
