package app.peach.coaching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the coach's clients (0-based pages). */
@Schema(name = "ClientPage")
public record ClientPage(List<ClientResponse> items, @Schema(description = "0-based page", example = "0") int page,
        @Schema(example = "20") int size, @Schema(description = "Clients over all pages", example = "1") long total) {
}
