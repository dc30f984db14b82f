package app.peach.targets;

import app.peach.web.ApiEnum;

/** The glute-training goals of the contract; their policies are rows of the goal catalog (migration V2). */
public enum Goal implements ApiEnum {
    GLUTE_GROWTH("glute_growth"),
    FAT_LOSS("fat_loss"),
    HIP_DIPS("hip_dips"),
    BUTT_LIFT("butt_lift"),
    MAINTENANCE("maintenance");

    private final String apiValue;

    Goal(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
