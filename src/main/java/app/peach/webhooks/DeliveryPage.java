package app.peach.webhooks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a subscription's deliveries, newest first (0-based pages). */
@Schema(name = "WebhookDeliveryPage")
public record DeliveryPage(@Schema(required = true) List<Delivery> items,
        @Schema(required = true, example = "0") int page, @Schema(required = true, example = "20") int size,
        @Schema(required = true, example = "1") long total) {
}
