package app.peach.safety;

import java.util.List;
import java.util.Set;

import app.peach.goals.GoalPolicy;
import app.peach.goals.TestGoalPolicies;
import app.peach.vocabulary.BodyArea;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Sex;

/** Test defaults over {@link Plan#of}: for rule tests, a 30-year-old, 65 kg, 165 cm woman with a 2,000 kcal maintenance and nothing else. */
final class PlanBuilder {
    Sex sex = Sex.FEMALE;
    int age = 30;
    double weightKg = 65;
    double heightCm = 165;
    double maintenanceKcal = 2000;
    GoalPolicy goal;
    Double dailyKcal;
    Double weeklyRateKg;
    Double proteinGPerKg;
    Integer strengthDays;
    List<TrainingDay> trainingDays;
    Integer aerobic;
    Integer vigorous;
    Double exerciseKcalPerWeek;
    Double bodyFatPercent;
    Set<BodyArea> targetAreas;
    boolean supervised;
    boolean pregnant;
    boolean rateObserved;

    static PlanBuilder plan() {
        return new PlanBuilder();
    }

    PlanBuilder sex(Sex v) { sex = v; return this; }
    PlanBuilder weightKg(double v) { weightKg = v; return this; }
    PlanBuilder maintenance(double v) { maintenanceKcal = v; return this; }
    PlanBuilder goal(Goal v) { goal = TestGoalPolicies.of(v); return this; }
    PlanBuilder dailyKcal(double v) { dailyKcal = v; return this; }
    PlanBuilder weeklyRateKg(double v) { weeklyRateKg = v; return this; }
    PlanBuilder observedWeeklyRateKg(double v) { weeklyRateKg = v; rateObserved = true; return this; }
    PlanBuilder protein(double v) { proteinGPerKg = v; return this; }
    PlanBuilder strengthDays(int v) { strengthDays = v; return this; }
    PlanBuilder trainingDays(TrainingDay... v) { trainingDays = List.of(v); return this; }
    PlanBuilder aerobic(Integer moderate, Integer vigorousMinutes) { aerobic = moderate; vigorous = vigorousMinutes; return this; }
    PlanBuilder exerciseKcalPerWeek(double v) { exerciseKcalPerWeek = v; return this; }
    PlanBuilder bodyFat(double v) { bodyFatPercent = v; return this; }
    PlanBuilder targetAreas(BodyArea... v) { targetAreas = Set.of(v); return this; }
    PlanBuilder supervised() { supervised = true; return this; }
    PlanBuilder pregnant() { pregnant = true; return this; }

    Plan build() {
        Plan.Builder plan = Plan.of(sex, age, weightKg, heightCm, maintenanceKcal).goal(goal).dailyKcal(dailyKcal)
                .proteinGPerKg(proteinGPerKg).strengthDaysPerWeek(strengthDays)
                .trainingDays(trainingDays).aerobicMinutesPerWeek(aerobic).vigorousAerobicMinutesPerWeek(vigorous)
                .exerciseKcalPerWeek(exerciseKcalPerWeek).bodyFatPercent(bodyFatPercent).targetAreas(targetAreas)
                .medicallySupervised(supervised).pregnant(pregnant);
        return (rateObserved ? plan.observedWeeklyRateKg(weeklyRateKg) : plan.weeklyRateKg(weeklyRateKg)).build();
    }
}
