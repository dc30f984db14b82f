package app.peach.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One event sent (or to be sent) to one subscription, with every attempt made. */
@Schema(name = "WebhookDelivery")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Delivery(
        @Schema(required = true, example = "5d0c3f3e-8a47-4a5e-b2a9-0e53c0f4b1aa") UUID id,
        @Schema(required = true, description = "The webhook-id header: the same on every attempt; use it to ignore repeats",
                example = "msg_9f2c4b1e0d8a4f6b8c3e2a1d0f9e8b7c") String messageId,
        @Schema(required = true, implementation = EventType.class) String eventType,
        @Schema(required = true, enumeration = { "pending", "delivered", "failed" }, example = "delivered") String status,
        @Schema(required = true, description = "Attempts made so far", example = "1") int attemptCount,
        @Schema(required = true, description = "When the event was recorded", example = "2026-11-20T08:15:30.123456Z")
        OffsetDateTime createdAt,
        @Schema(required = true, nullable = true, description = "When the next attempt is due (pending only)",
                example = "2026-11-20T08:16:02.5Z") OffsetDateTime nextAttemptAt,
        @Schema(required = true, description = "Attempts, oldest first") List<Attempt> attempts) {

    /** One HTTP attempt. */
    @Schema(name = "WebhookAttempt")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Attempt(
            @Schema(required = true, example = "1") int attempt,
            @Schema(required = true, example = "2026-11-20T08:15:30.4Z") OffsetDateTime at,
            @Schema(required = true, enumeration = { "delivered", "http_error", "timeout", "network_error",
                    "address_refused", "secret_unavailable" }, description = "delivered: a 2xx answer; http_error: "
                            + "any other status (redirects are not followed); timeout: no complete answer within 5 s; "
                            + "address_refused: the host now resolves into a private network", example = "delivered")
            String outcome,
            @Schema(required = true, nullable = true, description = "The receiver's HTTP status, when it answered",
                    example = "200") Integer responseCode,
            @Schema(required = true, example = "38") int durationMs,
            @Schema(required = true, nullable = true, description = "What went wrong, when something did") String error) {
    }
}
