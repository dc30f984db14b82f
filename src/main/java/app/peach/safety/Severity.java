package app.peach.safety;

import app.peach.web.ApiEnum;

/** How serious a finding is; declared from least to most severe. */
public enum Severity implements ApiEnum {
    INFO("info"),
    WARNING("warning"),
    BLOCK("block");

    private final String apiValue;

    Severity(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
