package app.peach.energy;

import java.util.Optional;

import app.peach.vocabulary.ActivityLevel;

/** An equation for basal/resting metabolic rate; total expenditure is BMR × the activity factor. */
abstract class BmrEquation implements EnergyEquation {

    abstract double bmr(Person person);

    @Override
    public Optional<MissingInput> unmetRequirement(Person person) {
        return Optional.empty();
    }

    @Override
    public Estimate estimate(Person person, ActivityLevel level) {
        double bmr = bmr(person);
        return new Estimate(formula(), bmr, bmr * level.factor());
    }
}
