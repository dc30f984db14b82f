package app.peach.energy;

/**
 * Physical-activity categories of the IOM 2005 and NASEM 2023 estimated-energy-requirement equations
 * (inactive/sedentary PAL 1.0–1.4, low active 1.4–1.6, active 1.6–1.9, very active 1.9–2.5 in IOM terms).
 */
public enum EerCategory {
    INACTIVE,
    LOW_ACTIVE,
    ACTIVE,
    VERY_ACTIVE
}
