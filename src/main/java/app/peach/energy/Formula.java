package app.peach.energy;

import app.peach.web.ApiEnum;

/** The energy formulas the service knows, by their contract names. */
public enum Formula implements ApiEnum {
    MIFFLIN_ST_JEOR("mifflin_st_jeor"),
    HARRIS_BENEDICT_1919("harris_benedict_1919"),
    HARRIS_BENEDICT_REVISED("harris_benedict_revised"),
    KATCH_MCARDLE("katch_mcardle"),
    CUNNINGHAM("cunningham"),
    IOM_2005_EER("iom_2005_eer"),
    NASEM_2023_EER("nasem_2023_eer");

    private final String apiValue;

    Formula(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
