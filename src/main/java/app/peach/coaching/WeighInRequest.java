package app.peach.coaching;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.BodyLimits;

/** Body of {@code PUT .../weigh-ins/{date}}: exactly one of weightKg and weightLb. */
@Schema(name = "WeighInRequest")
public record WeighInRequest(
        @DecimalMin(BodyLimits.MIN_WEIGHT_KG) @DecimalMax(BodyLimits.MAX_WEIGHT_KG) @Schema(example = "71.4") Double weightKg,
        @Schema(description = "lb (instead of weightKg)") Double weightLb) {
}
