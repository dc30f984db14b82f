package app.peach.targets;

import static app.peach.safety.SafetyLimits.KCAL_PER_KG;
import static app.peach.safety.SafetyLimits.MAX_DEFICIT_KCAL;
import static app.peach.safety.SafetyLimits.MAX_WEEKLY_LOSS_KG;
import static app.peach.safety.SafetyLimits.UNDERWEIGHT_BMI;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.peach.energy.Sex;
import app.peach.safety.Finding;
import app.peach.safety.SafetyLimits;
import app.peach.safety.Severity;
import app.peach.safety.Sources;

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
                findings.add(Finding.of("NO_DEFICIT_AT_FLOOR", Severity.WARNING, String.format(Locale.ROOT,
                        "Maintenance (%d kcal/day) is already at or under the %d kcal/day floor, so there is no room for a "
                                + "deficit without medical supervision; the target is the floor. Add activity to create one.",
                        maintenance, floor), (double) floor, (double) maintenance, Sources.HARVARD_FLOOR));
            } else {
                findings.add(Finding.of("TARGET_RAISED_TO_FLOOR", Severity.WARNING, String.format(Locale.ROOT,
                        "%d kcal/day would be under the %d kcal/day floor; the target is raised to the floor "
                                + "(medical supervision is needed to go lower).", target, floor),
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
            findings.add(Finding.of("RATE_ADJUSTED_TO_GOAL", Severity.INFO, String.format(Locale.ROOT,
                    "%s aims at losing fat; a gain of %.2f kg a week does not fit it, so the target is maintenance.",
                    in.goal().goal().apiValue(), rate), 0.0, rate, Sources.CDC_RATE));
            rate = 0;
        }
        if (-rate > MAX_WEEKLY_LOSS_KG) {
            findings.add(Finding.of("LOSS_RATE_CAPPED", Severity.INFO, String.format(Locale.ROOT,
                    "Losing %.2f kg a week is faster than the %.1f kg (2 lb) considered safe; the plan uses %.1f kg a week.",
                    -rate, MAX_WEEKLY_LOSS_KG, MAX_WEEKLY_LOSS_KG), MAX_WEEKLY_LOSS_KG, -rate, Sources.CDC_RATE));
            rate = -MAX_WEEKLY_LOSS_KG;
        }
        double deficit = -rate * KCAL_PER_KG / 7.0;
        if (deficit > MAX_DEFICIT_KCAL) {
            findings.add(Finding.of("DEFICIT_CAPPED", Severity.INFO, String.format(Locale.ROOT,
                    "A %.0f kcal/day deficit is more than the %.0f recommended; the plan uses %.0f.", deficit,
                    MAX_DEFICIT_KCAL, MAX_DEFICIT_KCAL), MAX_DEFICIT_KCAL, deficit, Sources.CDC_RATE));
            deficit = MAX_DEFICIT_KCAL;
        }
        if (deficit > 0 && in.bmi() < UNDERWEIGHT_BMI) {
            findings.add(Finding.of("NO_DEFICIT_UNDERWEIGHT", Severity.WARNING, String.format(Locale.ROOT,
                    "BMI %.1f is underweight: no deficit is planned. Talk to a clinician before trying to lose weight.",
                    in.bmi()), UNDERWEIGHT_BMI, in.bmi(), Sources.WHO_BMI));
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
            findings.add(Finding.of("RATE_ADJUSTED_TO_GOAL", Severity.INFO, String.format(Locale.ROOT,
                    "%.2f kg a week means %+d kcal/day, outside the %+d to %+d kcal/day that %s allows; the plan uses %+d.",
                    in.weeklyRateKg(), asked, low, high, g.goal().apiValue(), used), null, (double) asked,
                    Sources.GOAL_SURPLUS));
        }
        return used;
    }

    private static long clamp(long v, long low, long high) {
        return Math.max(low, Math.min(high, v));
    }
}
