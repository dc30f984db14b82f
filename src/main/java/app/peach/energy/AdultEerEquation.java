package app.peach.energy;

import java.util.Optional;

import app.peach.vocabulary.ActivityLevel;

/** An estimated-energy-requirement equation for adults 19 and older: total energy, no BMR. */
abstract class AdultEerEquation implements EnergyEquation {
    static final int MIN_AGE = 19;

    abstract double tee(Person person, EerCategory category);

    @Override
    public Optional<MissingInput> unmetRequirement(Person person) {
        return person.age() < MIN_AGE
                ? Optional.of(new MissingInput("age", "must be at least " + MIN_AGE + " for the "
                        + formula().apiValue() + " formula (adult equations)"))
                : Optional.empty();
    }

    @Override
    public Estimate estimate(Person person, ActivityLevel level) {
        return new Estimate(formula(), null, tee(person, EerCategory.of(level)));
    }
}
