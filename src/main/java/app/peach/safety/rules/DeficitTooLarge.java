package app.peach.safety.rules;

import static app.peach.vocabulary.Wording.kcal;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Warning: more than 1,000 kcal/day below maintenance (from the intake, else from the weekly rate). */
public final class DeficitTooLarge extends BaseRule {
    public DeficitTooLarge() {
        super("DEFICIT_TOO_LARGE", Severity.WARNING, Sources.CDC_RATE,
                "More than 1,000 kcal/day below maintenance.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        Double deficit = p.deficitKcal();
        if (deficit == null || deficit <= SafetyLimits.MAX_DEFICIT_KCAL) {
            return Optional.empty();
        }
        return finding("A deficit of " + kcal(deficit) + " below maintenance (" + kcal(p.maintenanceKcal())
                + ") is more than the " + kcal(SafetyLimits.MAX_DEFICIT_KCAL) + " recommended.",
                SafetyLimits.MAX_DEFICIT_KCAL, deficit);
    }
}
