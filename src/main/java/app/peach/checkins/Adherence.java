package app.peach.checkins;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of the check-in window the client logged. */
@Schema(name = "CheckInAdherence")
public record Adherence(
        @Schema(required = true, description = "Days of the window with a weigh-in", example = "13") int weighInDays,
        @Schema(required = true, description = "Days of the window with an intake log", example = "12") int intakeDays,
        @Schema(required = true, description = "Days in the window (the last 14, today included)", example = "14")
        int windowDays) {
}
