package app.peach.safety;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Verdict;

/** Answer of {@code POST /api/v1/safety/evaluate}. */
@Schema(name = "SafetyResponse")
public record SafetyResponse(
        Verdict verdict,
        @Schema(description = "Mifflin–St Jeor × activity factor: the maintenance deficits are measured from", example = "1646")
        long maintenanceKcal,
        @Schema(description = "Most severe first") List<Finding> findings) {
}
