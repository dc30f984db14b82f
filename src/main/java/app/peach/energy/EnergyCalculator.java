package app.peach.energy;

import java.util.List;
import java.util.Optional;

import app.peach.vocabulary.ActivityLevel;

/**
 * Every energy equation the service knows, in the contract's order. Pure Java: no framework types.
 */
public final class EnergyCalculator {

    public static final Formula DEFAULT_FORMULA = Formula.MIFFLIN_ST_JEOR;

    private static final List<EnergyEquation> EQUATIONS = List.of(
            new MifflinStJeor(),
            new HarrisBenedict1919(),
            new HarrisBenedictRevised(),
            new KatchMcArdle(),
            new Cunningham(),
            new Iom2005Eer(),
            new Nasem2023Eer());

    private EnergyCalculator() {
    }

    public static EnergyEquation equation(Formula formula) {
        for (EnergyEquation e : EQUATIONS) {
            if (e.formula() == formula) {
                return e;
            }
        }
        throw new IllegalArgumentException("no equation for " + formula);
    }

    /** The estimate by one formula, or the input it lacks. */
    public static Optional<EnergyEquation.MissingInput> unmetRequirement(Person person, Formula formula) {
        return equation(formula).unmetRequirement(person);
    }

    public static EnergyEquation.Estimate estimate(Person person, ActivityLevel level, Formula formula) {
        EnergyEquation e = equation(formula);
        e.unmetRequirement(person).ifPresent(m -> {
            throw new IllegalArgumentException(m.field() + " " + m.message());
        });
        return e.estimate(person, level);
    }

    /** Estimates by every formula the person's inputs allow. */
    public static List<EnergyEquation.Estimate> estimateAll(Person person, ActivityLevel level) {
        return EQUATIONS.stream()
                .filter(e -> e.unmetRequirement(person).isEmpty())
                .map(e -> e.estimate(person, level))
                .toList();
    }
}
