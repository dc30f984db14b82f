package app.peach.goals;

import java.util.List;
import java.util.Map;

import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;

/**
 * The goal catalog's numbers (migration V2) for plain unit and property tests. GoalCatalogTest checks that
 * the catalog the service loads from Postgres holds exactly these, so the two cannot drift apart.
 */
public final class TestGoalPolicies {
    public static final Map<Goal, GoalPolicy> ALL = Map.of(
            Goal.GLUTE_GROWTH, policy(Goal.GLUTE_GROWTH, CaloriePolicy.SURPLUS, 5, 10, 7.5, 500, null, 1.4, 2.0, 1.8, 25),
            Goal.FAT_LOSS, policy(Goal.FAT_LOSS, CaloriePolicy.DEFICIT, 0, 0, 0, null, -0.5, 1.4, 3.1, 2.0, 25),
            Goal.HIP_DIPS, policy(Goal.HIP_DIPS, CaloriePolicy.MAINTENANCE_TO_SURPLUS, 0, 5, 2.5, 250, null, 1.4, 2.0, 1.8, 30),
            Goal.BUTT_LIFT, policy(Goal.BUTT_LIFT, CaloriePolicy.MAINTENANCE, 0, 0, 0, null, null, 1.4, 2.0, 1.6, 25),
            Goal.MAINTENANCE, policy(Goal.MAINTENANCE, CaloriePolicy.MAINTENANCE, 0, 0, 0, null, null, 1.4, 2.0, 1.6, 30));

    private TestGoalPolicies() {
    }

    public static GoalPolicy of(Goal goal) {
        return ALL.get(goal);
    }

    private static GoalPolicy policy(Goal goal, CaloriePolicy cp, double min, double max, double def, Integer cap,
            Double rate, double pMin, double pMax, double pTarget, double fat) {
        return new GoalPolicy(goal, goal.apiValue(), cp, min, max, def, cap, rate, pMin, pMax, pTarget, fat,
                List.<Muscle>of(), List.of(), List.of());
    }

    /** The numeric part of a policy, for comparing with the catalog. */
    public static List<Object> numbers(GoalPolicy p) {
        return List.of(p.goal(), p.caloriePolicy(), p.minAdjustPct(), p.maxAdjustPct(), p.defaultAdjustPct(),
                String.valueOf(p.maxSurplusKcal()), String.valueOf(p.defaultWeeklyRateKg()), p.proteinMinGPerKg(),
                p.proteinMaxGPerKg(), p.proteinTargetGPerKg(), p.fatPercent());
    }
}
