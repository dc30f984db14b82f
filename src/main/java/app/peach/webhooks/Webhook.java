package app.peach.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as listed (the secret is never shown again). */
@Schema(name = "Webhook")
public record Webhook(
        @Schema(required = true, example = "64f8e658-d25a-44e3-a2d5-f582208c66ac") UUID id,
        @Schema(required = true, example = "https://coach.example.com/hooks/peach") String url,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = EventType.class,
                example = "[\"weigh_in.recorded\", \"client.verdict_changed\"]") List<String> events,
        @Schema(required = true, example = "2026-11-23T23:20:27.349824Z") OffsetDateTime createdAt) {
}
