package app.peach.exercises;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the filtered catalog. */
@Schema(name = "ExercisePage")
public record ExercisePage(List<Exercise> items,
        @Schema(description = "0-based page", example = "0") int page,
        @Schema(example = "20") int size, @Schema(description = "Matches over all pages", example = "34") long total) {
}
