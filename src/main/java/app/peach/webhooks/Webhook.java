package app.peach.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as listed (the secret is never shown again). */
@Schema(name = "Webhook")
public record Webhook(
        @Schema(required = true, example = "0b6f1a52-7c1e-4d8a-9a51-2f1f0f3c9e77") UUID id,
        @Schema(required = true, example = "https://coach.example.com/hooks/peach") String url,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = EventType.class,
                example = "[\"weigh_in.recorded\", \"client.verdict_changed\"]") List<String> events,
        @Schema(required = true, example = "2026-11-20T08:15:30.123456Z") OffsetDateTime createdAt) {
}
