package app.peach.targets;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.Formula;
import app.peach.safety.SafetyReport;
import app.peach.vocabulary.Goal;

/** Answer of {@code POST /api/v1/targets}. Energy in whole kcal/day. */
@Schema(name = "TargetsResponse")
public record TargetsResponse(
        Goal goal,
        @Schema(description = "Total daily energy expenditure by the formula", example = "2124") long maintenanceKcal,
        @Schema(description = "Recommended daily intake", example = "2283") long targetKcal,
        @Schema(description = "targetKcal - maintenanceKcal", example = "159") long adjustmentKcal,
        @Schema(description = "Expected weight change at 7,700 kcal per kg, signed kg/week", example = "0.14")
        double weeklyChangeKg,
        Macros macros,
        SafetyReport safety,
        @Schema(description = "Guidance for the client, from the goal catalog") List<String> guidance,
        @Schema(description = "Formula behind maintenanceKcal") Formula formula,
        @Schema(description = "The calorie floor for this sex (not applied under medical supervision)", example = "1200")
        int floorKcal,
        @Schema(description = "Weeks to targetWeightKg at weeklyChangeKg; null without a target or when the plan does "
                + "not move towards it", nullable = true, example = "10") Double weeksToTargetWeight) {
}
