package app.peach.exercises;

import app.peach.web.ApiEnum;

/** Equipment slugs of the contract; an exercise needs all of its equipment. */
public enum Equipment implements ApiEnum {
    BODYWEIGHT("bodyweight"),
    RESISTANCE_BAND("resistance_band"),
    ANKLE_WEIGHT("ankle_weight"),
    DUMBBELL("dumbbell"),
    BARBELL("barbell"),
    KETTLEBELL("kettlebell"),
    CABLE_MACHINE("cable_machine"),
    LEG_PRESS_MACHINE("leg_press_machine"),
    BENCH("bench"),
    SWISS_BALL("swiss_ball"),
    STATIONARY_BIKE("stationary_bike"),
    FOAM_ROLLER("foam_roller");

    private final String apiValue;

    Equipment(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
