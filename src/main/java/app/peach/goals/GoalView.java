package app.peach.goals;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;

/** A goal of the catalog as {@code GET /api/v1/goals} shows it. */
@Schema(name = "GoalCatalogEntry")
public record GoalView(
        Goal goal,
        @Schema(example = "Bigger glutes") String name,
        String description,
        CaloriePolicyView caloriePolicy,
        ProteinRange protein,
        MacroPolicy macros,
        @Schema(description = "Muscles the training emphasises") List<Muscle> trainingEmphasis,
        @Schema(description = "Short sentences a coach can show a client") List<String> guidance,
        List<String> references) {

    @Schema(name = "GoalCaloriePolicy")
    public record CaloriePolicyView(
            @Schema(description = "surplus, deficit, maintenance_to_surplus or maintenance") CaloriePolicy policy,
            String description,
            @Schema(description = "Lowest adjustment, % of maintenance", example = "5") double minPercent,
            @Schema(description = "Highest adjustment, % of maintenance", example = "10") double maxPercent,
            @Schema(description = "Adjustment used without a weekly rate, % of maintenance", example = "7.5") double defaultPercent,
            @Schema(description = "Cap on the surplus, kcal/day", nullable = true, example = "500") Integer maxSurplusKcal,
            @Schema(description = "Pace used without a weekly rate (deficit goals), kg/week", nullable = true, example = "-0.5")
            Double defaultWeeklyRateKg) {
    }

    @Schema(name = "GoalProteinRange")
    public record ProteinRange(@Schema(example = "1.4") double minGPerKg, @Schema(example = "2.0") double maxGPerKg,
            @Schema(description = "The point targets recommend", example = "1.8") double targetGPerKg,
            String rationale) {
    }

    @Schema(name = "GoalMacroPolicy")
    public record MacroPolicy(@Schema(description = "Share of energy from fat", example = "25") double fatPercent,
            String fat, String carbohydrate) {
    }
}
