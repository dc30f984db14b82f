package app.peach.energy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a {@code POST /api/v1/energy} answer. Energy in whole kcal/day. */
@Schema(name = "EnergyResponse")
public record EnergyResponse(
        @Schema(description = "Resting rate by the chosen formula; null for the EER formulas, which give total energy only",
                nullable = true, example = "1370") Long bmrKcal,
        @Schema(description = "Total daily energy expenditure by the chosen formula", example = "2124") long tdeeKcal,
        @Schema(description = "The formula behind bmrKcal and tdeeKcal") Formula formula,
        @Schema(description = "BMR multiplier of the activity level", example = "1.55") double activityFactor,
        @Schema(description = "Every formula the inputs allow") List<Estimate> estimates,
        @Schema(description = "The Dietary Guidelines 2020–2025 Table A2-2 row for this sex, age and mapped activity level",
                nullable = true) DietaryGuidelines dietaryGuidelines,
        Bmi bmi,
        @Schema(description = "Weight used, in kg (converted when weightLb was sent)", example = "65.0") double weightKg,
        @Schema(description = "Height used, in cm (converted when heightIn was sent)", example = "165.0") double heightCm) {

    @Schema(name = "EnergyEstimate")
    public record Estimate(Formula formula, @Schema(nullable = true, example = "1370") Long bmrKcal,
            @Schema(example = "2124") long tdeeKcal) {
    }

    @Schema(name = "DietaryGuidelinesEstimate")
    public record DietaryGuidelines(@Schema(example = "2000") int kcal, DgaActivityLevel activityLevel,
            @Schema(example = "26") int ageFrom,
            @Schema(description = "Upper age of the band; null for the open \"76 and up\" band", nullable = true,
                    example = "30") Integer ageTo) {
    }

    @Schema(name = "Bmi")
    public record Bmi(@Schema(description = "kg/m², one decimal", example = "23.9") double value,
            @Schema(description = "WHO category of the unrounded value") BmiCategory category) {
    }
}
