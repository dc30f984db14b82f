package app.peach.energy;

import app.peach.vocabulary.WireValue;

/** The energy formulas the service knows, by their contract names. */
public enum Formula implements WireValue {
    MIFFLIN_ST_JEOR,
    HARRIS_BENEDICT_1919,
    HARRIS_BENEDICT_REVISED,
    KATCH_MCARDLE,
    CUNNINGHAM,
    IOM_2005_EER,
    NASEM_2023_EER;
}
