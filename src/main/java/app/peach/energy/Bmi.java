package app.peach.energy;

/** Body-mass index, kg/m², with its WHO category (judged on the unrounded value). */
public record Bmi(double value, BmiCategory category) {

    public static Bmi of(double weightKg, double heightCm) {
        double metres = heightCm / 100.0;
        double value = weightKg / (metres * metres);
        return new Bmi(value, BmiCategory.of(value));
    }
}
