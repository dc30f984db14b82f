package app.peach.safety.rules;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/**
 * Info: under 150 min of moderate (or 75 vigorous) aerobic activity a week. An equivalent mix counts, one
 * vigorous minute as two moderate ones; judged only when the plan says something about aerobic activity.
 */
public final class AerobicBelowGuideline extends BaseRule {
    public AerobicBelowGuideline() {
        super("AEROBIC_BELOW_GUIDELINE", Severity.INFO, Sources.PAG_AEROBIC,
                "Under 150 min moderate (or 75 min vigorous, or an equivalent mix) aerobic activity a week.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        if (p.aerobicMinutesPerWeek() == null && p.vigorousAerobicMinutesPerWeek() == null) {
            return Optional.empty();
        }
        int moderate = p.aerobicMinutesPerWeek() == null ? 0 : p.aerobicMinutesPerWeek();
        int vigorous = p.vigorousAerobicMinutesPerWeek() == null ? 0 : p.vigorousAerobicMinutesPerWeek();
        int equivalent = moderate + 2 * vigorous;
        if (equivalent >= SafetyLimits.MIN_AEROBIC_MODERATE_MINUTES) {
            return Optional.empty();
        }
        return finding(equivalent + " moderate-equivalent minutes of aerobic activity a week is under the "
                + SafetyLimits.MIN_AEROBIC_MODERATE_MINUTES + " (or " + SafetyLimits.MIN_AEROBIC_VIGOROUS_MINUTES
                + " vigorous) recommended; more helps weight loss.", (double) SafetyLimits.MIN_AEROBIC_MODERATE_MINUTES,
                (double) equivalent);
    }
}
