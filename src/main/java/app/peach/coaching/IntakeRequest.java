package app.peach.coaching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT .../intake/{date}}. */
@Schema(name = "IntakeRequest")
public record IntakeRequest(
        @NotNull @Min(0) @Max(20000) @Schema(required = true, description = "kcal eaten that day", example = "1750") Integer kcal,
        @Min(0) @Max(1000) @Schema(description = "Protein eaten that day, g", example = "120") Integer proteinG) {
}
