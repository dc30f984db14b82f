package app.peach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.peach.safety.rules.AerobicBelowGuideline;
import app.peach.safety.rules.CaloriesBelowFloor;
import app.peach.safety.rules.DeficitTooLarge;
import app.peach.safety.rules.HipDipsAggressiveCut;
import app.peach.safety.rules.LossRateTooFast;
import app.peach.safety.rules.LowEnergyAvailability;
import app.peach.safety.rules.NoRestDay;
import app.peach.safety.rules.Pregnancy;
import app.peach.safety.rules.ProteinOutsideRange;
import app.peach.safety.rules.SpotReduction;
import app.peach.safety.rules.StrengthBelowMinimum;
import app.peach.safety.rules.SurplusTooLarge;
import app.peach.safety.rules.UnderweightDeficit;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Verdict;

/** Every safety rule, and the evaluation of a plan against all of them. Pure Java. */
public final class SafetyRules {
    public static final List<SafetyRule> ALL = List.of(
            new CaloriesBelowFloor(),
            new LossRateTooFast(),
            new DeficitTooLarge(),
            new SurplusTooLarge(),
            ProteinOutsideRange.belowRange(),
            ProteinOutsideRange.aboveRange(),
            new NoRestDay(),
            new StrengthBelowMinimum(),
            new AerobicBelowGuideline(),
            new SpotReduction(),
            new HipDipsAggressiveCut(),
            new UnderweightDeficit(),
            new Pregnancy(),
            new LowEnergyAvailability());

    private SafetyRules() {
    }

    /** The findings of every rule plus any given beforehand, most severe first, with the verdict. */
    public static SafetyReport evaluate(Plan plan, List<Finding> alreadyFound) {
        List<Finding> findings = new ArrayList<>(alreadyFound);
        for (SafetyRule rule : ALL) {
            // not ifPresent(findings::add): that bound reference is a new object for each of the fourteen rules, and
            // under load C2 left its creation to a JNI call (Unsafe.allocateInstance), 1.5 us a request (profiled)
            Optional<Finding> finding = rule.evaluate(plan);
            if (finding.isPresent()) {
                findings.add(finding.get());
            }
        }
        findings.sort(Finding.MOST_SEVERE_FIRST);
        return new SafetyReport(Verdict.of(findings), List.copyOf(findings));
    }

    public static SafetyReport evaluate(Plan plan) {
        return evaluate(plan, List.of());
    }
}
