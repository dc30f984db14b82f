package app.peach.energy;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.WireValue;

/**
 * The three activity levels of the Dietary Guidelines for Americans 2020–2025, Table A2-2:
 * sedentary (independent living only), moderately active (walking about 1.5–3 miles a day at 3–4 mph),
 * active (walking more than 3 miles a day at 3–4 mph).
 */
public enum DgaActivityLevel implements WireValue {
    SEDENTARY,
    MODERATELY_ACTIVE,
    ACTIVE;

    /** The contract's mapping: sedentary and lightly active are sedentary, very and extra active are active. */
    public static DgaActivityLevel of(ActivityLevel level) {
        return switch (level) {
            case SEDENTARY, LIGHTLY_ACTIVE -> SEDENTARY;
            case MODERATELY_ACTIVE -> MODERATELY_ACTIVE;
            case VERY_ACTIVE, EXTRA_ACTIVE -> ACTIVE;
        };
    }
}
