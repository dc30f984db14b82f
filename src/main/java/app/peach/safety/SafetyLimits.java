package app.peach.safety;

import app.peach.vocabulary.Sex;

/**
 * Every threshold of the safety rules, in one place, each with the source it comes from ({@link Sources}).
 * Goal-specific thresholds (protein range, largest surplus) live in the goal catalog instead.
 */
public final class SafetyLimits {
    /** Harvard Health: the calorie floor without medical supervision, kcal/day. */
    public static final int FLOOR_FEMALE_KCAL = 1200;
    public static final int FLOOR_MALE_KCAL = 1500;
    /** CDC: fastest healthy loss, kg/week (2 lb ≈ 0.907 kg; the contract says 0.9). */
    public static final double MAX_WEEKLY_LOSS_KG = 0.9;
    /** CDC: largest deficit, kcal/day below maintenance. */
    public static final double MAX_DEFICIT_KCAL = 1000;
    /** Energy in one kg of body-weight change, kcal (static rule). */
    public static final double KCAL_PER_KG = 7700;
    /** hip_dips: the largest deficit before it counts as an aggressive cut, kcal/day. */
    public static final double HIP_DIPS_MAX_DEFICIT_KCAL = 500;
    /** PAG 2018: strength days a week. */
    public static final int MIN_STRENGTH_DAYS = 2;
    /** PAG 2018: aerobic minutes a week (a vigorous minute counts as two moderate ones). */
    public static final int MIN_AEROBIC_MODERATE_MINUTES = 150;
    public static final int MIN_AEROBIC_VIGOROUS_MINUTES = 75;
    /** WHO: underweight below this BMI. */
    public static final double UNDERWEIGHT_BMI = 18.5;
    /** IOC RED-S: low energy availability below this, kcal per kg fat-free mass per day. */
    public static final double MIN_ENERGY_AVAILABILITY = 30;

    private SafetyLimits() {
    }

    public static int calorieFloor(Sex sex) {
        return sex == Sex.MALE ? FLOOR_MALE_KCAL : FLOOR_FEMALE_KCAL;
    }

    /** kcal/day of deficit (positive) or surplus (negative) for a signed weekly rate in kg. */
    public static double dailyKcalForWeeklyRate(double weeklyRateKg) {
        return weeklyRateKg * KCAL_PER_KG / 7.0;
    }

    public static double weeklyRateForDailyKcal(double dailyKcalChange) {
        return dailyKcalChange * 7.0 / KCAL_PER_KG;
    }
}
