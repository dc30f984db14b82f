package app.peach.goals;

import app.peach.vocabulary.WireValue;

/** How a goal sets calories relative to maintenance. */
public enum CaloriePolicy implements WireValue {
    /** A modest surplus within the goal's percentage range (hypertrophy). */
    SURPLUS,
    /** A deficit from the weekly loss rate (fat loss). */
    DEFICIT,
    /** Maintenance up to a slight surplus. */
    MAINTENANCE_TO_SURPLUS,
    /** Maintenance calories. */
    MAINTENANCE;
}
