package app.peach.safety.rules;

import static app.peach.safety.Wording.num;

import java.util.Optional;

import app.peach.safety.Finding;
import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.safety.Severity;
import app.peach.safety.Sources;

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
        return finding(String.format(java.util.Locale.ROOT,
                "Energy availability of %.1f kcal per kg of fat-free mass a day is under %s: low energy availability "
                        + "harms hormones, bone and recovery (RED-S).",
                availability, num(SafetyLimits.MIN_ENERGY_AVAILABILITY)), SafetyLimits.MIN_ENERGY_AVAILABILITY,
                availability);
    }
}
