package app.peach.energy;

import app.peach.web.ApiEnum;

/**
 * The three activity levels of the Dietary Guidelines for Americans 2020–2025, Table A2-2:
 * sedentary (independent living only), moderately active (walking about 1.5–3 miles a day at 3–4 mph),
 * active (walking more than 3 miles a day at 3–4 mph).
 */
public enum DgaActivityLevel implements ApiEnum {
    SEDENTARY("sedentary"),
    MODERATELY_ACTIVE("moderately_active"),
    ACTIVE("active");

    private final String apiValue;

    DgaActivityLevel(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
