package app.peach.energy;

import java.util.Optional;

import app.peach.vocabulary.ActivityLevel;

/**
 * One published energy equation. BMR equations give a resting rate that the activity factor scales to
 * total expenditure; EER equations give total expenditure directly and have no BMR.
 */
public interface EnergyEquation {

    Formula formula();

    /** The first input this equation needs and the person lacks (or has out of its range), if any. */
    Optional<MissingInput> unmetRequirement(Person person);

    Estimate estimate(Person person, ActivityLevel level);

    /** A field the equation needs, in the request's terms. */
    record MissingInput(String field, String message) {
    }

    /** Unrounded result; {@code bmrKcal} is null for equations that give total energy only. */
    record Estimate(Formula formula, Double bmrKcal, double tdeeKcal) {
    }
}
