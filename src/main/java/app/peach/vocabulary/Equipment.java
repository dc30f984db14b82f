package app.peach.vocabulary;

/** Equipment slugs of the contract; an exercise needs all of its equipment. */
public enum Equipment implements WireValue {
    BODYWEIGHT,
    RESISTANCE_BAND,
    ANKLE_WEIGHT,
    DUMBBELL,
    BARBELL,
    KETTLEBELL,
    CABLE_MACHINE,
    LEG_PRESS_MACHINE,
    BENCH,
    SWISS_BALL,
    STATIONARY_BIKE,
    FOAM_ROLLER;
}
