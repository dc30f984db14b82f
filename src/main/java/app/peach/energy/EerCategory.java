package app.peach.energy;

import app.peach.vocabulary.ActivityLevel;

/**
 * Physical-activity categories of the IOM 2005 and NASEM 2023 estimated-energy-requirement equations
 * (inactive/sedentary PAL 1.0–1.4, low active 1.4–1.6, active 1.6–1.9, very active 1.9–2.5 in IOM terms).
 */
public enum EerCategory {
    INACTIVE,
    LOW_ACTIVE,
    ACTIVE,
    VERY_ACTIVE;

    /** The contract's mapping: sedentary and lightly active are inactive, then one step per level. */
    public static EerCategory of(ActivityLevel level) {
        return switch (level) {
            case SEDENTARY, LIGHTLY_ACTIVE -> INACTIVE;
            case MODERATELY_ACTIVE -> LOW_ACTIVE;
            case VERY_ACTIVE -> ACTIVE;
            case EXTRA_ACTIVE -> VERY_ACTIVE;
        };
    }
}
