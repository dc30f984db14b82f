package app.peach.targets;

import static app.peach.safety.SafetyLimits.KCAL_PER_KG;
import static app.peach.safety.SafetyLimits.MAX_DEFICIT_KCAL;
import static app.peach.safety.SafetyLimits.MAX_WEEKLY_LOSS_KG;
import static app.peach.safety.SafetyLimits.UNDERWEIGHT_BMI;
import static app.peach.vocabulary.Wording.fixed;
import static app.peach.vocabulary.Wording.signed;

import java.util.ArrayList;
import java.util.List;

import app.peach.goals.CaloriePolicy;
import app.peach.goals.GoalPolicy;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;
import app.peach.vocabulary.Sources;

/**
 * The calorie target of a goal. Pure Java.
 * <ul>
 * <li>Deficit goals: the deficit comes from the weekly rate (7,700 kcal per kg; default pace from the catalog),
 * never faster than 0.9 kg a week nor more than 1,000 kcal/day, and none for an underweight BMI.</li>
 * <li>Surplus and maintenance goals: the catalog's percentage range of maintenance (and its kcal cap); a weekly
 * rate moves the target inside the range, never outside it.</li>
 * <li>Without medical supervision the target never falls below the calorie floor: it is raised to the floor,
 * and a maintenance already at or under the floor means no deficit.</li>
 * </ul>
 * Every adjustment made to what the client asked is reported as a finding.
 */
public final class TargetCalculator {

    public record Input(Sex sex, double weightKg, double bmi, long maintenanceKcal, GoalPolicy goal, Double weeklyRateKg,
            boolean medicallySupervised) {
    }

    public record Result(long targetKcal, long adjustmentKcal, double weeklyChangeKg, List<Finding> findings) {
    }

    private TargetCalculator() {
    }

    public static Result calculate(Input in) {
        List<Finding> findings = new ArrayList<>();
        long maintenance = in.maintenanceKcal();
        long adjustment = in.goal().caloriePolicy() == CaloriePolicy.DEFICIT
                ? -deficit(in, findings)
                : surplus(in, findings);
        long target = maintenance + adjustment;
        int floor = SafetyLimits.calorieFloor(in.sex());
        if (!in.medicallySupervised() && target < floor) {
            if (maintenance <= floor) {
                findings.add(Finding.of("NO_DEFICIT_AT_FLOOR", Severity.WARNING, "Maintenance (" + maintenance
                        + " kcal/day) is already at or under the " + floor + " kcal/day floor, so there is no room for a "
                        + "deficit without medical supervision; the target is the floor. Add activity to create one.", (double) floor, (double) maintenance, Sources.HARVARD_FLOOR));
            } else {
                findings.add(Finding.of("TARGET_RAISED_TO_FLOOR", Severity.WARNING, target
                        + " kcal/day would be under the " + floor + " kcal/day floor; the target is raised to the floor "
                        + "(medical supervision is needed to go lower).",
                        (double) floor, (double) target, Sources.HARVARD_FLOOR));
            }
            target = floor;
        }
        long finalAdjustment = target - maintenance;
        double weekly = Math.round(SafetyLimits.weeklyRateForDailyKcal(finalAdjustment) * 100) / 100.0;
        return new Result(target, finalAdjustment, weekly, findings);
    }

    private static long deficit(Input in, List<Finding> findings) {
        double rate = in.weeklyRateKg() != null ? in.weeklyRateKg()
                : in.goal().defaultWeeklyRateKg() != null ? in.goal().defaultWeeklyRateKg() : 0;
        if (rate > 0) {
            findings.add(Finding.of("RATE_ADJUSTED_TO_GOAL", Severity.INFO, in.goal().goal().apiValue()
                    + " aims at losing fat; a gain of " + fixed(rate, 2)
                    + " kg a week does not fit it, so the target is maintenance.", 0.0, rate, Sources.CDC_RATE));
            rate = 0;
        }
        if (-rate > MAX_WEEKLY_LOSS_KG) {
            findings.add(Finding.of("LOSS_RATE_CAPPED", Severity.INFO, "Losing " + fixed(-rate, 2)
                    + " kg a week is faster than the " + fixed(MAX_WEEKLY_LOSS_KG, 1)
                    + " kg (2 lb) considered safe; the plan uses " + fixed(MAX_WEEKLY_LOSS_KG, 1) + " kg a week.", MAX_WEEKLY_LOSS_KG, -rate, Sources.CDC_RATE));
            rate = -MAX_WEEKLY_LOSS_KG;
        }
        double deficit = -rate * KCAL_PER_KG / 7.0;
        if (deficit > MAX_DEFICIT_KCAL) {
            findings.add(Finding.of("DEFICIT_CAPPED", Severity.INFO, "A " + fixed(deficit, 0)
                    + " kcal/day deficit is more than the " + fixed(MAX_DEFICIT_KCAL, 0) + " recommended; the plan uses "
                    + fixed(MAX_DEFICIT_KCAL, 0) + ".", MAX_DEFICIT_KCAL, deficit, Sources.CDC_RATE));
            deficit = MAX_DEFICIT_KCAL;
        }
        if (deficit > 0 && in.bmi() < UNDERWEIGHT_BMI) {
            findings.add(Finding.of("NO_DEFICIT_UNDERWEIGHT", Severity.WARNING, "BMI " + fixed(in.bmi(), 1)
                    + " is underweight: no deficit is planned. Talk to a clinician before trying to lose weight.", UNDERWEIGHT_BMI, in.bmi(), Sources.WHO_BMI));
            deficit = 0;
        }
        return Math.round(deficit);
    }

    private static long surplus(Input in, List<Finding> findings) {
        GoalPolicy g = in.goal();
        double maintenance = in.maintenanceKcal();
        long high = (long) Math.floor(g.maxSurplusKcal(maintenance));
        // The kcal cap wins over the percentage floor (above ~10,000 kcal maintenance, 5 % exceeds +500).
        long low = Math.min(high, (long) Math.ceil(maintenance * g.minAdjustPct() / 100.0));
        if (in.weeklyRateKg() == null) {
            return clamp(Math.round(maintenance * g.defaultAdjustPct() / 100.0), low, high);
        }
        long asked = Math.round(SafetyLimits.dailyKcalForWeeklyRate(in.weeklyRateKg()));
        long used = clamp(asked, low, high);
        if (used != asked) {
            findings.add(Finding.of("RATE_ADJUSTED_TO_GOAL", Severity.INFO, fixed(in.weeklyRateKg(), 2)
                    + " kg a week means " + signed(asked) + " kcal/day, outside the " + signed(low) + " to " + signed(high)
                    + " kcal/day that " + g.goal().apiValue() + " allows; the plan uses " + signed(used) + ".", null, (double) asked,
                    Sources.GOAL_SURPLUS));
        }
        return used;
    }

    private static long clamp(long v, long low, long high) {
        return Math.max(low, Math.min(high, v));
    }
}
