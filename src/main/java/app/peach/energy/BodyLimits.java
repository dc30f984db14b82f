package app.peach.energy;

/**
 * The contract's plausible human ranges (shared/api-contract.md, Conventions): anything outside is a 400.
 * String forms are for the Bean Validation annotations; conversions are exact by definition
 * (1 lb = 0.45359237 kg, 1 in = 2.54 cm).
 */
public final class BodyLimits {
    public static final String MIN_WEIGHT_KG = "25";
    public static final String MAX_WEIGHT_KG = "350";
    public static final String MIN_HEIGHT_CM = "100";
    public static final String MAX_HEIGHT_CM = "250";
    public static final String MIN_BODY_FAT_PERCENT = "3";
    public static final String MAX_BODY_FAT_PERCENT = "70";
    /** Body circumferences (waist, hip, thigh, neck), cm: wide enough for any adult, narrow enough to catch typos. */
    public static final String MIN_GIRTH_CM = "10";
    public static final String MAX_GIRTH_CM = "250";
    public static final int MIN_ADULT_AGE = 18;
    public static final int MIN_CATALOG_AGE = 2;
    public static final int MAX_AGE = 100;

    public static final double KG_PER_LB = 0.45359237;
    public static final double CM_PER_IN = 2.54;

    /** The same bounds as numbers, parsed once. */
    public static final double MIN_WEIGHT = Double.parseDouble(MIN_WEIGHT_KG);
    public static final double MAX_WEIGHT = Double.parseDouble(MAX_WEIGHT_KG);
    public static final double MIN_HEIGHT = Double.parseDouble(MIN_HEIGHT_CM);
    public static final double MAX_HEIGHT = Double.parseDouble(MAX_HEIGHT_CM);
    public static final double MIN_GIRTH = Double.parseDouble(MIN_GIRTH_CM);
    public static final double MAX_GIRTH = Double.parseDouble(MAX_GIRTH_CM);

    private BodyLimits() {
    }
}
