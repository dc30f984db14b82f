package app.peach.bodycomposition;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.peach.vocabulary.Finding;

/** Answer of {@code POST /api/v1/body-composition}: a figure is null when its inputs are missing. */
@Schema(name = "BodyCompositionResponse")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BodyCompositionResponse(
        @Schema(description = "US Navy body fat % (Hodgdon & Beckett 1984), to 0.1; null without the neck (and, for "
                + "women, the hip) or when outside 3–70 %", nullable = true, example = "27.4") Double navyBodyFatPercent,
        @Schema(description = "Relative fat mass % (Woolcott & Bergman 2018), to 0.1; null when outside 3–70 %",
                nullable = true, example = "28.9") Double rfmPercent,
        @Schema(description = "Waist / hip, to 0.01; null without the hip", nullable = true, example = "0.7")
        Double waistToHipRatio,
        @Schema(description = "Waist / height, to 0.01", required = true, example = "0.42") double waistToHeightRatio,
        @Schema(description = "Weight × (1 − Navy % / 100), kg to 0.1; null without the weight or the Navy figure",
                nullable = true, example = "43.5") Double fatFreeMassKg,
        @Schema(description = "WAIST_TO_HIP_HIGH, WAIST_TO_HEIGHT_HIGH (info), BODY_FAT_ESTIMATE_IMPLAUSIBLE",
                required = true) List<Finding> findings) {
}
