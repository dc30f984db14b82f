package app.peach.exercises;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** Default sets, reps or hold time, and rest between sets. */
@Schema(name = "Prescription")
public record Prescription(@Schema(example = "3") int sets, @Schema(nullable = true, example = "12") Integer reps,
        @Schema(description = "Hold per rep or per set, seconds", nullable = true, example = "10") Integer holdSeconds,
        @Schema(example = "60") Integer restSeconds) {
}
