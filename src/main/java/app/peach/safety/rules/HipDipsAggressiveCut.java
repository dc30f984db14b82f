package app.peach.safety.rules;

import static app.peach.vocabulary.Wording.kcal;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Warning: hip_dips with a deficit over 500 kcal/day (from the intake, else from the weekly rate). */
public final class HipDipsAggressiveCut extends BaseRule {
    public HipDipsAggressiveCut() {
        super("HIP_DIPS_AGGRESSIVE_CUT", Severity.WARNING, Sources.HIP_DIPS,
                "hip_dips with a deficit over 500 kcal/day: drastic weight loss can make hip dips deeper.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        if (p.goal() == null || p.goal().goal() != Goal.HIP_DIPS) {
            return Optional.empty();
        }
        Double deficit = p.deficitKcal();
        if (deficit == null || deficit <= SafetyLimits.HIP_DIPS_MAX_DEFICIT_KCAL) {
            return Optional.empty();
        }
        return finding("A deficit of " + kcal(deficit) + " is an aggressive cut for hip dips: losing fat fast can make "
                + "them more visible. Stay near maintenance and build the side glutes.",
                SafetyLimits.HIP_DIPS_MAX_DEFICIT_KCAL, deficit);
    }
}
