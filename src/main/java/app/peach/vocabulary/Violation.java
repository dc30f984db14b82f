package app.peach.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bad field of a request: {@code field} is the JSON path (or query parameter) the client sent. */
@Schema(description = "One invalid field of the request")
public record Violation(
        @Schema(description = "JSON path of the field as the client sent it, or the query/path parameter name",
                example = "weightKg") String field,
        @Schema(description = "What is wrong with it", example = "must be between 25 and 350") String message) {
}
