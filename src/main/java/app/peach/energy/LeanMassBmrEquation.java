package app.peach.energy;

import java.util.Optional;

/** A BMR equation on lean body mass: it needs {@code bodyFatPercent}. */
abstract class LeanMassBmrEquation extends BmrEquation {

    abstract double bmrFromLeanMass(double leanMassKg);

    @Override
    double bmr(Person person) {
        return bmrFromLeanMass(person.leanMassKg());
    }

    @Override
    public Optional<MissingInput> unmetRequirement(Person person) {
        return person.bodyFatPercent() == null
                ? Optional.of(new MissingInput("bodyFatPercent", "is required for the " + formula().apiValue()
                        + " formula, which works on lean body mass"))
                : Optional.empty();
    }
}
