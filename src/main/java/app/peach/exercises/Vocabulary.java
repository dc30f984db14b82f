package app.peach.exercises;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** One entry of the muscle or equipment vocabulary. */
@Schema(name = "VocabularyEntry")
public record Vocabulary(@Schema(example = "gluteus_medius") String slug, @Schema(example = "Gluteus medius") String name,
        @Schema(description = "Body region (muscles only)", nullable = true, example = "glutes") String region) {
}
