package app.peach.energy;

import app.peach.vocabulary.WireValue;

/**
 * WHO adult BMI classification (WHO Technical Report Series 894, 2000; NIH 1998): lower bounds
 * inclusive, applied to the unrounded BMI.
 */
public enum BmiCategory implements WireValue {
    UNDERWEIGHT(Double.NEGATIVE_INFINITY),
    NORMAL(18.5),
    OVERWEIGHT(25),
    OBESITY_CLASS_I(30),
    OBESITY_CLASS_II(35),
    OBESITY_CLASS_III(40);

    private final double lowerBound;

    BmiCategory(double lowerBound) {
        this.lowerBound = lowerBound;
    }

    public double lowerBound() {
        return lowerBound;
    }

    public static BmiCategory of(double bmi) {
        BmiCategory result = UNDERWEIGHT;
        for (BmiCategory c : values()) {
            if (bmi >= c.lowerBound) {
                result = c;
            }
        }
        return result;
    }
}
