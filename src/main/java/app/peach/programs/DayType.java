package app.peach.programs;

import app.peach.vocabulary.WireValue;

/** What a day of the week is for. */
public enum DayType implements WireValue {
    STRENGTH,
    REST,
    CARDIO,
    MOBILITY;
}
