package app.peach.energy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.vocabulary.Sex;

/** One row of the Dietary Guidelines 2020–2025 Table A2-2. */
@Schema(name = "CalorieNeeds")
public record CalorieNeedsResponse(
        Sex sex,
        @Schema(example = "26") int ageFrom,
        @Schema(description = "Upper age of the band; null for the open \"76 and up\" band", nullable = true, example = "30")
        Integer ageTo,
        DgaActivityLevel activityLevel,
        @Schema(description = "Estimated calories per day", example = "2000") int kcal,
        @Schema(description = "Where the figure comes from") String source) {

    static CalorieNeedsResponse of(CalorieNeedsRow row) {
        return new CalorieNeedsResponse(row.sex(), row.ageFrom(), row.ageTo(), row.activityLevel(), row.kcal(),
                row.source());
    }
}
