package app.peach.goals;

import java.util.List;

import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;

/**
 * The numbers of one goal, as the catalog (migration V2) holds them. Pure data for the calculators.
 *
 * @param minAdjustPct     lowest calorie adjustment, % of maintenance (surplus-type policies)
 * @param maxAdjustPct     highest calorie adjustment, % of maintenance
 * @param defaultAdjustPct adjustment used when the client gives no weekly rate
 * @param maxSurplusKcal   absolute cap on the surplus, kcal/day (null: none)
 * @param defaultWeeklyRateKg pace used by deficit policies when the client gives none (negative: loss)
 * @param proteinTargetGPerKg the point of the protein range that targets recommend
 * @param fatPercent       share of energy from fat that targets recommend (within the AMDR 20–35 %)
 */
public record GoalPolicy(
        Goal goal,
        String name,
        CaloriePolicy caloriePolicy,
        double minAdjustPct,
        double maxAdjustPct,
        double defaultAdjustPct,
        Integer maxSurplusKcal,
        Double defaultWeeklyRateKg,
        double proteinMinGPerKg,
        double proteinMaxGPerKg,
        double proteinTargetGPerKg,
        double fatPercent,
        List<Muscle> trainingEmphasis,
        List<String> guidance,
        List<String> references) {

    /** True for goals that aim at muscle growth (judged by SURPLUS_TOO_LARGE). */
    public boolean hypertrophy() {
        return caloriePolicy == CaloriePolicy.SURPLUS || caloriePolicy == CaloriePolicy.MAINTENANCE_TO_SURPLUS;
    }

    /** The largest surplus the goal allows for this maintenance, kcal/day. */
    public double maxSurplusKcal(double maintenanceKcal) {
        double byPercent = maintenanceKcal * maxAdjustPct / 100.0;
        return maxSurplusKcal == null ? byPercent : Math.min(byPercent, maxSurplusKcal);
    }
}
