package app.peach.targets;

/**
 * Nutrition figures behind the macros (shared/reference/sources.md §3): Atwater factors, the adult AMDR
 * (IOM 2002/2005) and the fiber adequate intake of 14 g per 1,000 kcal (DGA 2020–2025).
 */
public final class MacroGuidelines {
    public static final double KCAL_PER_G_PROTEIN = 4;
    public static final double KCAL_PER_G_CARBOHYDRATE = 4;
    public static final double KCAL_PER_G_FAT = 9;
    public static final double AMDR_FAT_MIN = 0.20;
    public static final double AMDR_FAT_MAX = 0.35;
    public static final double AMDR_CARB_MIN = 0.45;
    public static final double AMDR_CARB_MAX = 0.65;
    public static final double AMDR_PROTEIN_MAX = 0.35;
    public static final double FIBER_G_PER_1000_KCAL = 14;

    private MacroGuidelines() {
    }
}
