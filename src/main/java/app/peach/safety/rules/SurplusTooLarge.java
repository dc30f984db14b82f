package app.peach.safety.rules;

import static app.peach.vocabulary.Wording.kcal;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/**
 * Warning: a hypertrophy goal with a surplus (from the intake, else from the weekly rate) larger than the goal's
 * modest range (catalog).
 */
public final class SurplusTooLarge extends BaseRule {
    public SurplusTooLarge() {
        super("SURPLUS_TOO_LARGE", Severity.WARNING, Sources.GOAL_SURPLUS,
                "A hypertrophy goal (glute_growth, hip_dips) with a surplus larger than the goal's modest range.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        Double surplus = p.energyBalanceKcal();
        if (p.goal() == null || !p.goal().hypertrophy() || surplus == null) {
            return Optional.empty();
        }
        double max = p.goal().maxSurplusKcal(p.maintenanceKcal());
        if (surplus <= max + 0.5) {
            return Optional.empty();
        }
        return finding("A surplus of " + kcal(surplus) + " is more than the " + kcal(max) + " a modest surplus allows for "
                + p.goal().goal().apiValue() + "; a larger surplus adds mostly fat.", max, surplus);
    }
}
