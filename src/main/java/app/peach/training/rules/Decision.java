package app.peach.training.rules;

import app.peach.vocabulary.WireValue;

/** What the next session of an exercise should do with the load (double progression). */
public enum Decision implements WireValue {
    INCREASE,
    HOLD,
    DELOAD,
    NO_DATA;
}
