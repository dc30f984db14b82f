package app.peach.energy;

import app.peach.web.ApiEnum;

public enum Sex implements ApiEnum {
    FEMALE("female"),
    MALE("male");

    private final String apiValue;

    Sex(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
