package app.peach.safety.rules;

import static app.peach.vocabulary.Wording.fixed;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Block: BMI under 18.5 and a deficit. */
public final class UnderweightDeficit extends BaseRule {
    public UnderweightDeficit() {
        super("UNDERWEIGHT_DEFICIT", Severity.BLOCK, Sources.WHO_BMI, "BMI under 18.5 and a calorie deficit.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        double bmi = p.bmi().value();
        if (bmi >= SafetyLimits.UNDERWEIGHT_BMI || !p.restrictsEnergy()) {
            return Optional.empty();
        }
        return finding("BMI " + fixed(bmi, 1)
                + " is underweight: a calorie deficit is not safe without a clinician.", SafetyLimits.UNDERWEIGHT_BMI, bmi);
    }
}
