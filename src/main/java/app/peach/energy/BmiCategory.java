package app.peach.energy;

import app.peach.web.ApiEnum;

/**
 * WHO adult BMI classification (WHO Technical Report Series 894, 2000; NIH 1998): lower bounds
 * inclusive, applied to the unrounded BMI.
 */
public enum BmiCategory implements ApiEnum {
    UNDERWEIGHT("underweight", Double.NEGATIVE_INFINITY),
    NORMAL("normal", 18.5),
    OVERWEIGHT("overweight", 25),
    OBESITY_CLASS_I("obesity_class_i", 30),
    OBESITY_CLASS_II("obesity_class_ii", 35),
    OBESITY_CLASS_III("obesity_class_iii", 40);

    private final String apiValue;
    private final double lowerBound;

    BmiCategory(String apiValue, double lowerBound) {
        this.apiValue = apiValue;
        this.lowerBound = lowerBound;
    }

    @Override
    public String apiValue() {
        return apiValue;
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
