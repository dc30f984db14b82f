package app.peach.safety.rules;

import static app.peach.vocabulary.Wording.num;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Block: losing more than 0.9 kg (2 lb) a week. */
public final class LossRateTooFast extends BaseRule {
    public LossRateTooFast() {
        super("LOSS_RATE_TOO_FAST", Severity.BLOCK, Sources.CDC_RATE, "Losing more than 0.9 kg (2 lb) per week.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        if (p.weeklyRateKg() == null) {
            return Optional.empty();
        }
        double loss = -p.weeklyRateKg();
        if (loss <= SafetyLimits.MAX_WEEKLY_LOSS_KG) {
            return Optional.empty();
        }
        return finding("Losing " + num(loss) + " kg a week is faster than the " + num(SafetyLimits.MAX_WEEKLY_LOSS_KG)
                + " kg (2 lb) a week considered safe.", SafetyLimits.MAX_WEEKLY_LOSS_KG, loss);
    }
}
