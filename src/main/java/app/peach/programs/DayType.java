package app.peach.programs;

import app.peach.web.ApiEnum;

/** What a day of the week is for. */
public enum DayType implements ApiEnum {
    STRENGTH("strength"),
    REST("rest"),
    CARDIO("cardio"),
    MOBILITY("mobility");

    private final String apiValue;

    DayType(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
