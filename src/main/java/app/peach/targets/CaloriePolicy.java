package app.peach.targets;

import app.peach.web.ApiEnum;

/** How a goal sets calories relative to maintenance. */
public enum CaloriePolicy implements ApiEnum {
    /** A modest surplus within the goal's percentage range (hypertrophy). */
    SURPLUS("surplus"),
    /** A deficit from the weekly loss rate (fat loss). */
    DEFICIT("deficit"),
    /** Maintenance up to a slight surplus. */
    MAINTENANCE_TO_SURPLUS("maintenance_to_surplus"),
    /** Maintenance calories. */
    MAINTENANCE("maintenance");

    private final String apiValue;

    CaloriePolicy(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
