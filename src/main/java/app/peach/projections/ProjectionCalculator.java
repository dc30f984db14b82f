package app.peach.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import app.peach.safety.SafetyLimits;

/**
 * Projections on top of {@link HallModel}: weekly points, the day a target is first reached, the constant
 * intake that reaches a target on a day, the intake that holds it afterwards, and the static 7,700 kcal/kg
 * rule for comparison. Pure Java.
 */
public final class ProjectionCalculator {
    /** Intakes the solver searches, kcal/day. */
    static final double MIN_INTAKE = 0;
    static final double MAX_INTAKE = 20000;
    static final double WEIGHT_TOLERANCE_KG = 0.001;
    static final double REACHED_KG = 0.01;

    public record Point(int day, double weightKg, double fatMassKg, double leanMassKg) {
    }

    public record Projection(List<Point> weekly, double finalWeightKg, Integer daysToTarget, double staticRuleFinalWeightKg,
            double earlyWeeklyRateKg) {
    }

    private ProjectionCalculator() {
    }

    public static Projection project(HallModel model, double weightKg, double intake, int days, Double targetWeightKg) {
        List<HallModel.State> states = model.run(intake, days);
        List<Point> weekly = new ArrayList<>();
        Integer reached = null;
        for (HallModel.State s : states) {
            if (s.day() % 7 == 0 || s.day() == days) {
                weekly.add(new Point(s.day(), round2(s.weightKg()), round2(s.fatKg()), round2(s.leanKg())));
            }
            if (reached == null && targetWeightKg != null && s.day() > 0 && crossed(weightKg, targetWeightKg, s.weightKg())) {
                reached = s.day();
            }
        }
        double staticFinal = weightKg + (intake - model.baselineIntake()) * days / SafetyLimits.KCAL_PER_KG;
        int early = Math.min(28, days);
        double earlyRate = (states.get(early).weightKg() - weightKg) / early * 7.0;
        return new Projection(weekly, round2(states.get(days).weightKg()), reached, round2(staticFinal), round2(earlyRate));
    }

    /** The constant intake whose projection weighs {@code target} on {@code day}; empty when no intake in 0–20,000 does. */
    public static OptionalDouble intakeToReach(HallModel model, double target, int day) {
        double lo = MIN_INTAKE;
        double hi = MAX_INTAKE;
        if (model.weightOn(lo, day) > target || model.weightOn(hi, day) < target) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            double w = model.weightOn(mid, day);
            if (Math.abs(w - target) < WEIGHT_TOLERANCE_KG) {
                return OptionalDouble.of(mid);
            }
            if (w < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return OptionalDouble.of(0.5 * (lo + hi));
    }

    /** The constant intake at which weight settles at {@code target}. */
    public static OptionalDouble intakeToMaintain(HallModel model, double target) {
        double lo = MIN_INTAKE;
        double hi = MAX_INTAKE;
        if (model.equilibriumWeight(lo) > target || model.equilibriumWeight(hi) < target) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < 60 && hi - lo > 0.01; i++) {
            double mid = 0.5 * (lo + hi);
            if (model.equilibriumWeight(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return OptionalDouble.of(0.5 * (lo + hi));
    }

    /** Reached: at or past the target, or within 0.01 kg of it (the model approaches a target asymptotically). */
    private static boolean crossed(double start, double target, double weight) {
        return Math.abs(weight - target) <= REACHED_KG || (target <= start ? weight <= target : weight >= target);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
