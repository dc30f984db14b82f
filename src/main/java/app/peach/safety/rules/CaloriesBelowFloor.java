package app.peach.safety.rules;

import static app.peach.vocabulary.Wording.kcal;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;
import app.peach.vocabulary.Sources;

/** Block: intake under 1,200 kcal/day (women) or 1,500 (men) without medical supervision. */
public final class CaloriesBelowFloor extends BaseRule {
    public CaloriesBelowFloor() {
        super("CALORIES_BELOW_FLOOR", Severity.BLOCK, Sources.HARVARD_FLOOR,
                "Intake below 1,200 kcal/day (female) or 1,500 (male) without medical supervision.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        if (p.dailyKcal() == null || p.medicallySupervised()) {
            return Optional.empty();
        }
        int floor = SafetyLimits.calorieFloor(p.sex());
        if (p.dailyKcal() >= floor) {
            return Optional.empty();
        }
        return finding(kcal(p.dailyKcal()) + " is below the " + kcal(floor) + " minimum for "
                + (p.sex() == Sex.MALE ? "men" : "women") + " without medical supervision.", (double) floor, p.dailyKcal());
    }
}
