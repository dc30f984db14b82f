package app.peach.safety;

import java.util.List;
import java.util.Set;

import app.peach.energy.Bmi;
import app.peach.energy.Sex;
import app.peach.exercises.BodyArea;
import app.peach.targets.GoalPolicy;

/**
 * A proposed (or observed) plan, as the safety rules judge it. Metric units; everything but the profile
 * and maintenance may be null, and a rule whose inputs are missing says nothing.
 *
 * @param maintenanceKcal the expenditure deficits and surpluses are measured from, kcal/day
 * @param goal            the goal's catalog policy, or null
 */
public record Plan(
        Sex sex,
        int age,
        double weightKg,
        double heightCm,
        double maintenanceKcal,
        GoalPolicy goal,
        Double dailyKcal,
        Double weeklyRateKg,
        Double proteinGPerKg,
        Integer strengthDaysPerWeek,
        List<TrainingDay> trainingDays,
        Integer aerobicMinutesPerWeek,
        Integer vigorousAerobicMinutesPerWeek,
        Double exerciseKcalPerWeek,
        Double bodyFatPercent,
        Set<BodyArea> targetAreas,
        boolean medicallySupervised,
        boolean pregnant) {

    /**
     * A training week with no energy figures: only the training rules (rest days, strength days, aerobic
     * minutes) can fire. The profile fields hold a neutral reference adult that no rule reads without intake data.
     */
    public static Plan forTraining(GoalPolicy goal, List<TrainingDay> trainingDays, int strengthDays,
            int aerobicMinutesPerWeek) {
        return new Plan(Sex.FEMALE, 30, 65, 165, 0, goal, null, null, null, strengthDays, trainingDays,
                aerobicMinutesPerWeek, null, null, null, null, false, false);
    }

    public Bmi bmi() {
        return Bmi.of(weightKg, heightCm);
    }

    /** kcal/day below maintenance (positive), or null without an intake. */
    public Double deficitKcal() {
        return dailyKcal == null ? null : maintenanceKcal - dailyKcal;
    }

    /** True when the plan restricts energy: intake under maintenance or a planned loss. */
    public boolean restrictsEnergy() {
        return (dailyKcal != null && dailyKcal < maintenanceKcal) || (weeklyRateKg != null && weeklyRateKg < 0);
    }
}
