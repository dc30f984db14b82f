package app.peach.projections;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.peach.safety.SafetyReport;

/** The projection, weekly, beside the static rule's prediction. */
@Schema(name = "ProjectionResponse")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProjectionResponse(
        @Schema(example = "hall_2011_adult") String model,
        @Schema(description = "Today's intake at energy balance: PAL × the model's Mifflin RMR", example = "2879") long baselineKcal,
        @Schema(description = "The intake projected", example = "2379") long dailyKcal,
        @Schema(example = "1.5") double physicalActivityLevel,
        @Schema(example = "365") int days,
        @Schema(description = "Day 0, 7, 14, … and the last day") List<ProjectionCalculator.Point> points,
        @Schema(example = "76.18") double finalWeightKg,
        @Schema(nullable = true, description = "First day the target is reached at dailyKcal") Integer daysToTarget,
        @Schema(nullable = true, description = "Constant intake that reaches the target on its day") Long kcalToReachTarget,
        @Schema(nullable = true, description = "Intake that holds the target weight afterwards") Long kcalToMaintainTarget,
        StaticRule staticRule,
        SafetyReport safety) {

    @Schema(name = "StaticRule", description = "The 7,700 kcal/kg (3,500 kcal/lb) rule's prediction, for comparison")
    public record StaticRule(@Schema(example = "66.3") double finalWeightKg, @Schema(example = "7700") double kcalPerKg) {
    }
}
