package app.peach.vocabulary;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something happened to a coach's client (a weigh-in recorded, a check-in proposed, the verdict changed).
 * Features fire it as a CDI event inside the transaction of the write that caused it; whoever must hear of it
 * (the webhooks outbox) observes it synchronously, so the event commits or rolls back with the write.
 *
 * @param type the contract's event name, one of the constants below (or the internal
 *        {@link #PROGRESS_INPUTS_CHANGED})
 * @param data the payload's {@code data} beyond {@code clientId} (e.g. {@code date}, {@code weightKg})
 */
public record ClientEvent(String type, UUID coachId, UUID clientId, Instant at, Map<String, Object> data) {
    public static final String WEIGH_IN_RECORDED = "weigh_in.recorded";
    public static final String INTAKE_RECORDED = "intake.recorded";
    public static final String WORKOUT_RECORDED = "workout.recorded";
    public static final String MEASUREMENT_RECORDED = "measurement.recorded";
    public static final String CHECK_IN_PROPOSED = "check_in.proposed";
    public static final String CHECK_IN_APPROVED = "check_in.approved";
    public static final String VERDICT_CHANGED = "client.verdict_changed";
    /**
     * Not a contract event and never sent to a webhook: what progress judges changed without one of the events
     * above (a workout deleted, the client's goal or activity level updated), so the verdict is judged again.
     */
    public static final String PROGRESS_INPUTS_CHANGED = "client.progress_inputs_changed";
}
