package app.peach.checkins;

import app.peach.vocabulary.WireValue;

/** Why a check-in proposes what it does. */
public enum CheckInReason implements WireValue {
    /** Fewer than 10 of the last 14 days with a weigh-in, or with intake: nothing proposed. */
    NOT_ENOUGH_DATA,
    /** Nothing approved yet: the calculator's targets as they are, uncapped. */
    FIRST_CHECK_IN,
    /** The calculator's targets, within 150 kcal/day of the approved ones. */
    ADJUSTED,
    /** The calculator's targets are further away: the target moves 150 kcal/day towards them. */
    CAPPED,
    /** The calculator gives the approved calorie target again. */
    UNCHANGED;
}
