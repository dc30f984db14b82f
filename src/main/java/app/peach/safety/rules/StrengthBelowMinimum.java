package app.peach.safety.rules;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.safety.TrainingDay;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Info: fewer than 2 strength days a week (from strengthDaysPerWeek, else the training days given). */
public final class StrengthBelowMinimum extends BaseRule {
    public StrengthBelowMinimum() {
        super("STRENGTH_BELOW_MINIMUM", Severity.INFO, Sources.PAG_STRENGTH, "Fewer than 2 strength days a week.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        Integer days = p.strengthDaysPerWeek();
        if (days == null && p.trainingDays() != null && !p.trainingDays().isEmpty()) {
            days = (int) p.trainingDays().stream().filter(d -> !d.muscleGroups().isEmpty()).mapToInt(TrainingDay::day)
                    .distinct().count();
        }
        if (days == null || days >= SafetyLimits.MIN_STRENGTH_DAYS) {
            return Optional.empty();
        }
        return finding(days + " strength day(s) a week is below the " + SafetyLimits.MIN_STRENGTH_DAYS
                + " days of muscle-strengthening activity adults should get.", (double) SafetyLimits.MIN_STRENGTH_DAYS,
                (double) days);
    }
}
