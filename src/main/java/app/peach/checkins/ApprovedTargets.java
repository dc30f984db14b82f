package app.peach.checkins;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.targets.TargetsResponse;

/** The client's targets: those of the most recently approved check-in. */
@Schema(name = "ApprovedTargets")
public record ApprovedTargets(
        @Schema(required = true, description = "The check-in whose targets these are",
                example = "5b0e6f0e-8f5c-4c39-9d0a-3f1f2a7c9e11") UUID checkInId,
        @Schema(required = true, description = "The check-in's date", example = "2026-11-23") LocalDate date,
        @Schema(required = true, example = "2026-11-23T09:02:11.52Z") OffsetDateTime approvedAt,
        @Schema(required = true) TargetsResponse targets) {
}
