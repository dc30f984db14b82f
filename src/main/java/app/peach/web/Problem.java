package app.peach.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.peach.vocabulary.Violation;

/**
 * RFC 9457 problem details, the body of every 4xx/5xx response ({@code application/problem+json}); built only
 * by {@link Problems}. {@code violations} is present for validation failures; {@code errorId} for 5xx (it is
 * also logged).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)",
        requiredProperties = { "type", "title", "status", "detail" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI reference identifying the problem type", example = "https://peach.app/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Invalid request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "Explanation specific to this occurrence", example = "1 field is invalid") String detail,
        @Schema(description = "Id of a server error, also written to the service log", nullable = true)
        String errorId,
        @Schema(description = "One entry per invalid field (validation failures only)", nullable = true)
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
