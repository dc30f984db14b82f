package app.peach.safety.rules;

import java.util.Optional;

import app.peach.goals.CaloriePolicy;
import app.peach.safety.Plan;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Block: energy restriction during pregnancy needs a clinician. */
public final class Pregnancy extends BaseRule {
    public Pregnancy() {
        super("PREGNANCY", Severity.BLOCK, Sources.PREGNANCY,
                "Energy restriction during pregnancy: it needs a clinician.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        boolean restriction = p.restrictsEnergy()
                || (p.goal() != null && p.goal().caloriePolicy() == CaloriePolicy.DEFICIT);
        if (!p.pregnant() || !restriction) {
            return Optional.empty();
        }
        return finding("Restricting energy during pregnancy needs a clinician: energy needs rise in the second and "
                + "third trimesters.", null, null);
    }
}
