package app.peach.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One event sent (or to be sent) to one subscription, with every attempt made. */
@Schema(name = "WebhookDelivery")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Delivery(
        @Schema(required = true, example = "9d6b4c0e-af41-4392-bf1a-c55a146ce064") UUID id,
        @Schema(required = true, description = "The webhook-id header: the same on every attempt; use it to ignore repeats",
                example = "msg_9f20e1cab2a442fb89d92b162d57a0ea") String messageId,
        @Schema(required = true, type = SchemaType.STRING, implementation = EventType.class) String eventType,
        @Schema(required = true, enumeration = { "pending", "delivered", "failed" }, example = "delivered") String status,
        @Schema(required = true, description = "Attempts made so far", example = "1") int attemptCount,
        @Schema(required = true, description = "When the event was recorded", example = "2026-11-23T23:20:46.025681Z")
        OffsetDateTime createdAt,
        @Schema(required = true, nullable = true, description = "When the next attempt is due (pending only)",
                example = "2026-11-23T23:21:20.931502Z") OffsetDateTime nextAttemptAt,
        @Schema(required = true, description = "Attempts, oldest first") List<Attempt> attempts) {

    /** One HTTP attempt. */
    @Schema(name = "WebhookAttempt")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Attempt(
            @Schema(required = true, example = "1") int attempt,
            @Schema(required = true, example = "2026-11-23T23:21:21.044598Z") OffsetDateTime at,
            @Schema(required = true, enumeration = { "delivered", "http_error", "timeout", "network_error",
                    "address_refused", "secret_unavailable" }, description = "delivered: a 2xx answer; http_error: "
                            + "any other status (redirects are not followed); timeout: no complete answer within 5 s; "
                            + "address_refused: the host now resolves into a private network", example = "delivered")
            String outcome,
            @Schema(required = true, nullable = true, description = "The receiver's HTTP status, when it answered",
                    example = "200") Integer responseCode,
            @Schema(required = true, example = "13") int durationMs,
            @Schema(required = true, nullable = true, description = "What went wrong, when something did") String error) {
    }
}
