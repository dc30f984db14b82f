package app.peach.coaching;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoachCreated", description = "The new coach; apiKey is shown this once and stored only as a hash")
public record CoachCreated(UUID id, String name, @Schema(example = "pk_3q2…") String apiKey) {
}
