package app.peach.safety.rules;

import java.util.List;
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
            days = distinctTrainingDays(p.trainingDays());
        }
        if (days == null || days >= SafetyLimits.MIN_STRENGTH_DAYS) {
            return Optional.empty();
        }
        return finding(days + " strength day(s) a week is below the " + SafetyLimits.MIN_STRENGTH_DAYS
                + " days of muscle-strengthening activity adults should get.", (double) SafetyLimits.MIN_STRENGTH_DAYS,
                (double) days);
    }

    /**
     * Days of the week (1–7) that load at least one muscle group, each counted once: a bit per day. (A stream's
     * {@code distinct()} boxed every day into a hash set: a third of the rules' cost per evaluation under load.)
     */
    static int distinctTrainingDays(List<TrainingDay> trainingDays) {
        int days = 0;
        for (TrainingDay d : trainingDays) {
            if (!d.muscleGroups().isEmpty()) {
                days |= 1 << d.day();
            }
        }
        return Integer.bitCount(days);
    }
}
