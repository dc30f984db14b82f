package app.peach.programs;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One week of a training block. */
@Schema(name = "ProgramWeek")
public record ProgramWeek(
        @Schema(required = true, description = "1-based week of the block", example = "1") int week,
        @Schema(required = true, description = "A deload week: the same exercises at half the sets (rounded up)",
                example = "false") boolean deload,
        @Schema(required = true, description = "Reps to leave in reserve at the end of each working set", example = "3")
        int targetRir,
        @Schema(required = true, description = "Days 1–7 in order") List<ProgramDay> days) {
}
