package app.peach.safety.rules;

import static app.peach.vocabulary.Wording.fixed;
import static app.peach.vocabulary.Wording.num;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/**
 * Warning: energy availability = (intake − exercise energy per day) / fat-free mass under 30 kcal/kg/day
 * (the RED-S threshold); needs dailyKcal, bodyFatPercent and exerciseKcalPerWeek.
 */
public final class LowEnergyAvailability extends BaseRule {
    public LowEnergyAvailability() {
        super("LOW_ENERGY_AVAILABILITY", Severity.WARNING, Sources.RED_S,
                "(Intake − exercise energy) per kg of fat-free mass under 30 kcal/day, the RED-S threshold.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        if (p.dailyKcal() == null || p.bodyFatPercent() == null || p.exerciseKcalPerWeek() == null) {
            return Optional.empty();
        }
        double fatFreeMass = p.weightKg() * (1 - p.bodyFatPercent() / 100.0);
        double availability = (p.dailyKcal() - p.exerciseKcalPerWeek() / 7.0) / fatFreeMass;
        if (availability >= SafetyLimits.MIN_ENERGY_AVAILABILITY) {
            return Optional.empty();
        }
        return finding("Energy availability of " + fixed(availability, 1)
                + " kcal per kg of fat-free mass a day is under " + num(SafetyLimits.MIN_ENERGY_AVAILABILITY)
                + ": low energy availability harms hormones, bone and recovery (RED-S).", SafetyLimits.MIN_ENERGY_AVAILABILITY,
                availability);
    }
}
