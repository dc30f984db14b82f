package app.peach.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription to create: where to call and for which events. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(required = true, description = "https URL the events are POSTed to (plain http and private or loopback "
                + "addresses only for hosts the operator allows)", example = "https://coach.example.com/hooks/peach")
        @NotBlank @Size(max = TargetPolicy.MAX_URL_LENGTH) String url,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = EventType.class, minItems = 1, maxItems = 7,
                description = "Event types to receive", example = "[\"weigh_in.recorded\", \"client.verdict_changed\"]")
        @NotEmpty @Size(max = 7) List<@NotNull String> events) {
}
