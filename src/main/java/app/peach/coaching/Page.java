package app.peach.coaching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a coach's list (0-based pages). */
@Schema(name = "Page")
public record Page<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "3") long total) {
}
