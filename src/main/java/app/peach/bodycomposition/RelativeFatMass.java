package app.peach.bodycomposition;

import app.peach.vocabulary.Sex;

/**
 * Relative fat mass (Woolcott &amp; Bergman, Sci Rep 2018;8:10980): whole-body fat % = 64 (men) or 76 (women)
 * − 20 × height / waist, both in the same unit. Validated against DXA in NHANES adults.
 */
public final class RelativeFatMass {
    private RelativeFatMass() {
    }

    public static double percent(Sex sex, double heightCm, double waistCm) {
        return (sex == Sex.MALE ? 64 : 76) - 20 * heightCm / waistCm;
    }
}
