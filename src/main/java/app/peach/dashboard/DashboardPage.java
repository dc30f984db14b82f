package app.peach.dashboard;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the dashboard (0-based pages), those needing attention first. */
@Schema(name = "DashboardPage")
public record DashboardPage(List<DashboardEntry> items, @Schema(description = "0-based page", example = "0") int page,
        @Schema(example = "20") int size, @Schema(description = "Clients over all pages", example = "1") long total) {
}
