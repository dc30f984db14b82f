package app.peach.energy;

import app.peach.web.ApiEnum;

/**
 * Activity level of the request: the BMR multiplier (1.2 / 1.375 / 1.55 / 1.725 / 1.9, the widely used
 * factors; see shared/reference/sources.md §2) and the contract's mappings onto the IOM/NASEM
 * physical-activity categories and the Dietary Guidelines table's three levels.
 */
public enum ActivityLevel implements ApiEnum {
    SEDENTARY("sedentary", 1.2, EerCategory.INACTIVE, DgaActivityLevel.SEDENTARY),
    LIGHTLY_ACTIVE("lightly_active", 1.375, EerCategory.INACTIVE, DgaActivityLevel.SEDENTARY),
    MODERATELY_ACTIVE("moderately_active", 1.55, EerCategory.LOW_ACTIVE, DgaActivityLevel.MODERATELY_ACTIVE),
    VERY_ACTIVE("very_active", 1.725, EerCategory.ACTIVE, DgaActivityLevel.ACTIVE),
    EXTRA_ACTIVE("extra_active", 1.9, EerCategory.VERY_ACTIVE, DgaActivityLevel.ACTIVE);

    private final String apiValue;
    private final double factor;
    private final EerCategory eerCategory;
    private final DgaActivityLevel dgaLevel;

    ActivityLevel(String apiValue, double factor, EerCategory eerCategory, DgaActivityLevel dgaLevel) {
        this.apiValue = apiValue;
        this.factor = factor;
        this.eerCategory = eerCategory;
        this.dgaLevel = dgaLevel;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

    public double factor() {
        return factor;
    }

    public EerCategory eerCategory() {
        return eerCategory;
    }

    public DgaActivityLevel dgaLevel() {
        return dgaLevel;
    }
}
