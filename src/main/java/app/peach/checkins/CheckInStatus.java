package app.peach.checkins;

import app.peach.vocabulary.WireValue;

/** Where a check-in stands: only a pending one can still be approved or rejected. */
public enum CheckInStatus implements WireValue {
    NO_CHANGE,
    PENDING,
    APPROVED,
    REJECTED;
}
