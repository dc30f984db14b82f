package app.peach.programs;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** One day of the week (1–7). */
@Schema(name = "ProgramDay")
public record ProgramDay(
        @Schema(example = "1") int day,
        DayType type,
        @Schema(description = "What the day trains", nullable = true, example = "hip extension (glute max, hamstrings, quads)")
        String focus,
        @Schema(description = "Estimated session length", example = "42") int estimatedMinutes,
        List<PlannedExercise> exercises) {
}
