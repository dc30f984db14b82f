package app.peach.safety;

import java.util.List;
import java.util.Set;

import app.peach.energy.Bmi;
import app.peach.goals.GoalPolicy;
import app.peach.vocabulary.BodyArea;
import app.peach.vocabulary.Sex;

/**
 * A proposed (or observed) plan, as the safety rules judge it. Metric units; everything but the profile
 * and maintenance may be null, and a rule whose inputs are missing says nothing. Build one with
 * {@link #of}, naming the fields that are known.
 *
 * @param maintenanceKcal the expenditure deficits and surpluses are measured from, kcal/day
 * @param goal            the goal's catalog policy, or null
 * @param rateObserved    the weekly rate is a trend measured from weigh-ins (progress), not a planned one
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
        boolean pregnant,
        boolean rateObserved) {

    /** A plan for this profile and maintenance, with nothing else yet: set what is known, then {@code build()}. */
    public static Builder of(Sex sex, int age, double weightKg, double heightCm, double maintenanceKcal) {
        return new Builder(sex, age, weightKg, heightCm, maintenanceKcal);
    }

    /**
     * A training week with no energy figures: only the training rules (rest days, strength days, aerobic
     * minutes) can fire. The profile fields hold a neutral reference adult that no rule reads without intake data.
     */
    public static Plan forTraining(GoalPolicy goal, List<TrainingDay> trainingDays, int strengthDays,
            int aerobicMinutesPerWeek) {
        return of(Sex.FEMALE, 30, 65, 165, 0).goal(goal).trainingDays(trainingDays).strengthDaysPerWeek(strengthDays)
                .aerobicMinutesPerWeek(aerobicMinutesPerWeek).build();
    }

    public Bmi bmi() {
        return Bmi.of(weightKg, heightCm);
    }

    /**
     * The planned energy balance, kcal/day (positive: a surplus): the intake less maintenance when the plan gives
     * an intake, else the weekly rate's equivalent ({@link SafetyLimits#KCAL_PER_KG} a kg); null without either.
     * Rules about the size of a deficit or surplus read it, so a plan stated as a rate is judged like one stated as
     * an intake.
     */
    public Double energyBalanceKcal() {
        if (dailyKcal != null) {
            return dailyKcal - maintenanceKcal;
        }
        // an observed trend is not a plan: its week-to-week noise would move a client following +0.11 kg a week
        // across the surplus warning and back; what happened is judged on the logged intake (and the loss rate)
        return weeklyRateKg == null || rateObserved ? null : SafetyLimits.dailyKcalForWeeklyRate(weeklyRateKg);
    }

    /** kcal/day below maintenance (positive for a deficit) as {@link #energyBalanceKcal} gives it, or null. */
    public Double deficitKcal() {
        Double balance = energyBalanceKcal();
        return balance == null ? null : -balance;
    }

    /** True when the plan restricts energy: intake under maintenance or a planned loss. */
    public boolean restrictsEnergy() {
        return (dailyKcal != null && dailyKcal < maintenanceKcal) || (weeklyRateKg != null && weeklyRateKg < 0);
    }

    /** Names every field of a plan, so that callers set what they know instead of counting nulls. */
    public static final class Builder {
        private final Sex sex;
        private final int age;
        private final double weightKg;
        private final double heightCm;
        private final double maintenanceKcal;
        private GoalPolicy goal;
        private Double dailyKcal;
        private Double weeklyRateKg;
        private Double proteinGPerKg;
        private Integer strengthDaysPerWeek;
        private List<TrainingDay> trainingDays;
        private Integer aerobicMinutesPerWeek;
        private Integer vigorousAerobicMinutesPerWeek;
        private Double exerciseKcalPerWeek;
        private Double bodyFatPercent;
        private Set<BodyArea> targetAreas;
        private boolean medicallySupervised;
        private boolean pregnant;
        private boolean rateObserved;

        private Builder(Sex sex, int age, double weightKg, double heightCm, double maintenanceKcal) {
            this.sex = sex;
            this.age = age;
            this.weightKg = weightKg;
            this.heightCm = heightCm;
            this.maintenanceKcal = maintenanceKcal;
        }

        public Builder goal(GoalPolicy v) {
            goal = v;
            return this;
        }

        public Builder dailyKcal(Double v) {
            dailyKcal = v;
            return this;
        }

        public Builder weeklyRateKg(Double v) {
            weeklyRateKg = v;
            return this;
        }

        /** The weekly rate as measured from weigh-ins: it is judged as a loss rate, never as an intake. */
        public Builder observedWeeklyRateKg(Double v) {
            weeklyRateKg = v;
            rateObserved = true;
            return this;
        }

        public Builder proteinGPerKg(Double v) {
            proteinGPerKg = v;
            return this;
        }

        public Builder strengthDaysPerWeek(Integer v) {
            strengthDaysPerWeek = v;
            return this;
        }

        public Builder trainingDays(List<TrainingDay> v) {
            trainingDays = v;
            return this;
        }

        public Builder aerobicMinutesPerWeek(Integer v) {
            aerobicMinutesPerWeek = v;
            return this;
        }

        public Builder vigorousAerobicMinutesPerWeek(Integer v) {
            vigorousAerobicMinutesPerWeek = v;
            return this;
        }

        public Builder exerciseKcalPerWeek(Double v) {
            exerciseKcalPerWeek = v;
            return this;
        }

        public Builder bodyFatPercent(Double v) {
            bodyFatPercent = v;
            return this;
        }

        public Builder targetAreas(Set<BodyArea> v) {
            targetAreas = v;
            return this;
        }

        public Builder medicallySupervised(boolean v) {
            medicallySupervised = v;
            return this;
        }

        public Builder pregnant(boolean v) {
            pregnant = v;
            return this;
        }

        public Plan build() {
            return new Plan(sex, age, weightKg, heightCm, maintenanceKcal, goal, dailyKcal, weeklyRateKg,
                    proteinGPerKg, strengthDaysPerWeek, trainingDays, aerobicMinutesPerWeek,
                    vigorousAerobicMinutesPerWeek, exerciseKcalPerWeek, bodyFatPercent, targetAreas,
                    medicallySupervised, pregnant, rateObserved);
        }
    }
}
