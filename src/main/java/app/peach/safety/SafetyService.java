package app.peach.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import app.peach.energy.EnergyCalculator;
import app.peach.energy.Person;
import app.peach.goals.GoalCatalog;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.BodyArea;
import app.peach.vocabulary.InvalidInput;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.Sex;
import app.peach.vocabulary.Violation;

/** Judges a proposed plan against every safety rule. */
@ApplicationScoped
public class SafetyService {
    private final GoalCatalog goals;

    SafetyService(GoalCatalog goals) {
        this.goals = goals;
    }

    public SafetyResponse evaluate(SafetyRequest r) {
        checkConsistency(r);
        Person person = new Person(r.sex(), r.age(), r.resolvedWeightKg(), r.resolvedHeightCm(), r.bodyFatPercent());
        ActivityLevel level = r.activityLevel() != null ? r.activityLevel() : ActivityLevel.SEDENTARY;
        long maintenance = Math.round(
                EnergyCalculator.estimate(person, level, EnergyCalculator.DEFAULT_FORMULA).tdeeKcal());
        List<TrainingDay> days = r.trainingDays() == null ? null : trainingDays(r.trainingDays());
        Set<BodyArea> areas = r.targetAreas() == null || r.targetAreas().isEmpty() ? Set.of()
                : EnumSet.copyOf(r.targetAreas());
        Plan plan = Plan.of(r.sex(), r.age(), person.weightKg(), person.heightCm(), maintenance)
                .goal(r.goal() == null ? null : goals.policy(r.goal())).dailyKcal(r.dailyKcal())
                .weeklyRateKg(r.weeklyRateKg()).proteinGPerKg(r.proteinGPerKg())
                .strengthDaysPerWeek(r.strengthDaysPerWeek()).trainingDays(days)
                .aerobicMinutesPerWeek(r.aerobicMinutesPerWeek())
                .vigorousAerobicMinutesPerWeek(r.vigorousAerobicMinutesPerWeek())
                .exerciseKcalPerWeek(r.exerciseKcalPerWeek()).bodyFatPercent(r.bodyFatPercent()).targetAreas(areas)
                .medicallySupervised(Boolean.TRUE.equals(r.medicallySupervised()))
                .pregnant(Boolean.TRUE.equals(r.pregnant())).build();
        SafetyReport report = SafetyRules.evaluate(plan);
        return new SafetyResponse(report.verdict(), maintenance, report.findings());
    }

    /** The request's training days as the rules read them (a loop, not a stream: this runs on every call). */
    private static List<TrainingDay> trainingDays(List<SafetyRequest.TrainingDayRequest> requested) {
        List<TrainingDay> days = new ArrayList<>(requested.size());
        for (SafetyRequest.TrainingDayRequest d : requested) {
            Set<Muscle> loaded = d.muscleGroups().isEmpty() ? Set.of() : EnumSet.copyOf(d.muscleGroups());
            days.add(new TrainingDay(d.day(), loaded));
        }
        return Collections.unmodifiableList(days); // read-only, as .toList() gave, without a second copy
    }

    private static void checkConsistency(SafetyRequest r) {
        List<Violation> violations = new ArrayList<>();
        if (Boolean.TRUE.equals(r.pregnant()) && r.sex() == Sex.MALE) {
            violations.add(new Violation("pregnant", "must not be true when sex is male"));
        }
        if (r.trainingDays() != null) {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < r.trainingDays().size(); i++) {
                int day = r.trainingDays().get(i).day();
                if (!seen.add(day)) {
                    violations.add(new Violation("trainingDays[" + i + "].day",
                            "day " + day + " appears more than once; list each day once with all its muscle groups"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
