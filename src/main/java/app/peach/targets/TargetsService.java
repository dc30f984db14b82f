package app.peach.targets;

import static app.peach.vocabulary.Wording.fixed;
import static app.peach.vocabulary.Wording.signedFixed;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import app.peach.energy.Bmi;
import app.peach.energy.EnergyCalculator;
import app.peach.energy.Formula;
import app.peach.energy.Person;
import app.peach.goals.GoalCatalog;
import app.peach.goals.GoalPolicy;
import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.safety.SafetyReport;
import app.peach.safety.SafetyRules;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.InvalidInput;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Goal targets: maintenance by the formula, the goal's calorie policy, macros, and the safety rules on the result. */
@ApplicationScoped
public class TargetsService {
    private final GoalCatalog goals;

    TargetsService(GoalCatalog goals) {
        this.goals = goals;
    }

    public TargetsResponse targets(TargetsRequest r) {
        Person person = r.person();
        Formula formula = r.formula() != null ? r.formula() : EnergyCalculator.DEFAULT_FORMULA;
        EnergyCalculator.unmetRequirement(person, formula).ifPresent(m -> {
            throw new InvalidInput(m.field(), m.message());
        });
        long maintenance = Math.round(EnergyCalculator.estimate(person, r.activityLevel(), formula).tdeeKcal());
        return targets(person, maintenance, r.goal(), r.weeklyRateKg(), r.targetWeightKg(), r.supervised(), formula);
    }

    /** Targets for a person whose maintenance is already known (also used for coaching clients). */
    public TargetsResponse targets(Person person, long maintenance, Goal goal, Double weeklyRateKg, Double targetWeightKg,
            boolean supervised, Formula formula) {
        GoalPolicy policy = goals.policy(goal);
        Bmi bmi = Bmi.of(person.weightKg(), person.heightCm());
        var target = TargetCalculator.calculate(new TargetCalculator.Input(person.sex(), person.weightKg(), bmi.value(),
                maintenance, policy, weeklyRateKg, supervised));
        return respond(person, maintenance, policy, target, targetWeightKg, supervised, formula);
    }

    /**
     * Targets at a calorie intake decided elsewhere (a check-in's gradual step towards the calculator's target):
     * the same macros and safety judgement as {@link #targets}, at {@code targetKcal}.
     */
    public TargetsResponse targetsAt(Person person, long maintenance, Goal goal, long targetKcal, Formula formula,
            List<Finding> notes) {
        long adjustment = targetKcal - maintenance;
        double weekly = Math.round(SafetyLimits.weeklyRateForDailyKcal(adjustment) * 100) / 100.0;
        return respond(person, maintenance, goals.policy(goal),
                new TargetCalculator.Result(targetKcal, adjustment, weekly, notes), null, false, formula);
    }

    private TargetsResponse respond(Person person, long maintenance, GoalPolicy policy, TargetCalculator.Result target,
            Double targetWeightKg, boolean supervised, Formula formula) {
        Goal goal = policy.goal();
        var macros = MacroPlanner.plan(target.targetKcal(), person.weightKg(), policy);

        List<Finding> notes = new ArrayList<>(target.findings());
        notes.addAll(macros.findings());
        Double weeks = weeksToTarget(person, targetWeightKg, target.weeklyChangeKg(), notes);

        Plan plan = Plan.of(person.sex(), person.age(), person.weightKg(), person.heightCm(), maintenance)
                .goal(policy).dailyKcal((double) target.targetKcal()).weeklyRateKg(target.weeklyChangeKg())
                .proteinGPerKg(macros.macros().proteinGPerKg()).bodyFatPercent(person.bodyFatPercent())
                .medicallySupervised(supervised).build();
        SafetyReport safety = SafetyRules.evaluate(plan, notes);
        return new TargetsResponse(goal, maintenance, target.targetKcal(), target.adjustmentKcal(),
                target.weeklyChangeKg(), macros.macros(), safety, policy.guidance(), formula,
                SafetyLimits.calorieFloor(person.sex()), weeks);
    }

    private static Double weeksToTarget(Person person, Double targetWeightKg, double weeklyChangeKg, List<Finding> notes) {
        if (targetWeightKg == null) {
            return null;
        }
        double metres = person.heightCm() / 100.0;
        double targetBmi = targetWeightKg / (metres * metres);
        if (targetBmi < SafetyLimits.UNDERWEIGHT_BMI) {
            notes.add(Finding.of("TARGET_WEIGHT_UNDERWEIGHT", Severity.WARNING, "A target of "
                    + fixed(targetWeightKg, 1) + " kg means a BMI of " + fixed(targetBmi, 1) + ", which is underweight.",
                    SafetyLimits.UNDERWEIGHT_BMI, targetBmi, Sources.WHO_BMI));
        }
        double change = targetWeightKg - person.weightKg();
        if (weeklyChangeKg == 0 || Math.signum(change) != Math.signum(weeklyChangeKg)) {
            if (Math.abs(change) >= 0.5) {
                notes.add(Finding.of("TARGET_WEIGHT_NOT_APPROACHED", Severity.INFO, "The plan changes weight by "
                        + signedFixed(weeklyChangeKg, 2) + " kg a week, which does not move towards "
                        + fixed(targetWeightKg, 1) + " kg.", null, null, Sources.ENERGY_PER_KG));
            }
            return null;
        }
        return Math.round(change / weeklyChangeKg * 10) / 10.0;
    }
}
