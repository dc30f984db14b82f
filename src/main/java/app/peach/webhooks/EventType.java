package app.peach.webhooks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.vocabulary.ClientEvent;

/** The event types a subscription may ask for: the contract's names, as {@link ClientEvent} spells them. */
@Schema(name = "WebhookEventType", type = SchemaType.STRING, enumeration = { ClientEvent.WEIGH_IN_RECORDED,
        ClientEvent.INTAKE_RECORDED, ClientEvent.WORKOUT_RECORDED, ClientEvent.MEASUREMENT_RECORDED,
        ClientEvent.CHECK_IN_PROPOSED, ClientEvent.CHECK_IN_APPROVED, ClientEvent.VERDICT_CHANGED },
        example = ClientEvent.WEIGH_IN_RECORDED)
final class EventType {
    static final List<String> ALL = List.of(ClientEvent.WEIGH_IN_RECORDED, ClientEvent.INTAKE_RECORDED,
            ClientEvent.WORKOUT_RECORDED, ClientEvent.MEASUREMENT_RECORDED, ClientEvent.CHECK_IN_PROPOSED,
            ClientEvent.CHECK_IN_APPROVED, ClientEvent.VERDICT_CHANGED);

    /**
     * Events whose data feeds the progress verdict (weigh-ins and intake, the tape's body fat, the training log's
     * volume findings and exercise energy): after them the verdict is computed again.
     */
    static final List<String> FEED_PROGRESS = List.of(ClientEvent.WEIGH_IN_RECORDED, ClientEvent.INTAKE_RECORDED,
            ClientEvent.MEASUREMENT_RECORDED, ClientEvent.WORKOUT_RECORDED, ClientEvent.PROGRESS_INPUTS_CHANGED);

    private EventType() {
    }
}
