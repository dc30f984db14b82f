package app.peach.checkins;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.peach.targets.TargetsResponse;

/** A check-in as the API shows it. */
@Schema(name = "CheckIn")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CheckInResponse(
        @Schema(required = true, example = "5b0e6f0e-8f5c-4c39-9d0a-3f1f2a7c9e11") UUID id,
        @Schema(required = true, description = "The day it was made", example = "2026-11-23") LocalDate date,
        @Schema(required = true, example = "pending") CheckInStatus status,
        @Schema(description = "The approved targets when it was made; null before the first approval", nullable = true)
        TargetsResponse currentTargets,
        @Schema(description = "The targets it proposes; null for no_change", nullable = true) TargetsResponse proposedTargets,
        @Schema(description = "proposedTargets.targetKcal − currentTargets.targetKcal, at most ±150; null without both",
                nullable = true, example = "150") Long changeKcal,
        @Schema(required = true, example = "capped") CheckInReason reason,
        @Schema(required = true) Adherence adherence,
        @Schema(description = "Maintenance behind the proposal: adaptive, or the formula while the logs cannot tell "
                + "(as in progress); null for no_change", nullable = true, example = "adaptive") String maintenanceSource,
        @Schema(required = true, example = "2026-11-23T08:15:30.123456Z") OffsetDateTime createdAt,
        @Schema(description = "When it was approved or rejected", nullable = true) OffsetDateTime decidedAt) {
}
