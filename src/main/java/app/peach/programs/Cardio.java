package app.peach.programs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The week's aerobic work (fat_loss plans). */
@Schema(name = "ProgramCardio")
public record Cardio(@Schema(example = "stationary_cycling") String exercise,
        @Schema(description = "Moderate minutes a week", example = "150") int minutesPerWeek,
        @Schema(example = "4") int sessions, String guidance) {
}
