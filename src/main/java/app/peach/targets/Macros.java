package app.peach.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Daily macros in whole grams; 4 × protein + 9 × fat + 4 × carbs is within a few kcal of the target. */
@Schema(name = "Macros")
public record Macros(
        @Schema(example = "117") long proteinG,
        @Schema(example = "64") long fatG,
        @Schema(example = "295") long carbsG,
        @Schema(description = "14 g per 1,000 kcal", example = "32") long fiberG,
        @Schema(description = "Protein per kg of body weight", example = "1.8") double proteinGPerKg) {

    public double kcal() {
        return proteinG * MacroGuidelines.KCAL_PER_G_PROTEIN + fatG * MacroGuidelines.KCAL_PER_G_FAT
                + carbsG * MacroGuidelines.KCAL_PER_G_CARBOHYDRATE;
    }
}
