package app.peach.energy;

import app.peach.vocabulary.Sex;

/**
 * The body a formula works on, in metric units. {@code bodyFatPercent} may be null.
 */
public record Person(Sex sex, int age, double weightKg, double heightCm, Double bodyFatPercent) {

    /** Lean (fat-free) mass in kg, or null without a body-fat figure. */
    public Double leanMassKg() {
        return bodyFatPercent == null ? null : weightKg * (1 - bodyFatPercent / 100.0);
    }
}
