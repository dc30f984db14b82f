package app.peach.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription, with its signing secret: the only time the secret is shown. */
@Schema(name = "WebhookCreated")
public record WebhookCreated(
        @Schema(required = true, example = "64f8e658-d25a-44e3-a2d5-f582208c66ac") UUID id,
        @Schema(required = true, example = "https://coach.example.com/hooks/peach") String url,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = EventType.class,
                example = "[\"weigh_in.recorded\", \"client.verdict_changed\"]") List<String> events,
        @Schema(required = true, description = "Standard Webhooks signing secret: whsec_ + base64 of 32 random bytes. "
                + "Shown once; store it now.", example = "whsec_Cv8LSnVpakI6Al0TP8qddmi70x7SkuFx8G6MeXN/EFw=") String secret,
        @Schema(required = true, example = "2026-11-23T23:20:27.349824Z") OffsetDateTime createdAt) {
}
