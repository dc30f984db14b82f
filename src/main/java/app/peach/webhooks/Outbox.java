package app.peach.webhooks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.peach.progress.ProgressResponse;
import app.peach.progress.ProgressService;
import app.peach.vocabulary.ClientEvent;
import app.peach.vocabulary.Verdict;

/**
 * The transactional outbox: hears every {@link ClientEvent} synchronously, inside the transaction of the write
 * that fired it, and writes one pending delivery per subscription that asks for its type. The delivery commits
 * or rolls back with the write, so an acknowledged write always has its event, even if the service dies the
 * next moment. After a log write that feeds progress, it also computes the client's progress verdict (only
 * when the coach listens for {@code client.verdict_changed}) and fires that event when the verdict changed.
 */
@ApplicationScoped
class Outbox {
    private static final Object WAKE_KEY = new Object();
    private final WebhookRepository repo;
    private final ObjectMapper json;
    private final ProgressService progress;
    private final Event<ClientEvent> events;
    private final TransactionSynchronizationRegistry transactions;
    private final Dispatcher dispatcher;
    /**
     * Delivery runs on real elapsed time (due attempts, backoff, the signature's timestamp that receivers check
     * against their own clock), never on the injected business-date clock, which tests fix to one instant.
     */
    private final Clock clock = Clock.systemUTC();

    Outbox(WebhookRepository repo, ObjectMapper json, ProgressService progress, Event<ClientEvent> events,
            TransactionSynchronizationRegistry transactions, Dispatcher dispatcher) {
        this.repo = repo;
        this.json = json;
        this.progress = progress;
        this.events = events;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
    }

    void onClientEvent(@Observes(during = TransactionPhase.IN_PROGRESS) ClientEvent e) {
        // the payload is built before we know whether anyone subscribed: a few microseconds, where asking first
        // cost every event with a subscription a second round trip
        String payload = EventType.ALL.contains(e.type()) ? payload(e) : null;
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        WebhookRepository.Enqueued done = repo.enqueue(e.coachId(), e.type(), newMessageId(), payload, at);
        if (done.deliveries() > 0) {
            wakeDispatcherAfterCommit();
        }
        if (done.subscribedTypes().contains(ClientEvent.VERDICT_CHANGED) && EventType.FEED_PROGRESS.contains(e.type())) {
            checkVerdict(e);
        }
    }

    /** Progress of this one client, now that the write is in; an event when its verdict is not the stored one. */
    private void checkVerdict(ClientEvent cause) {
        ProgressResponse now = progress.progress(cause.coachId(), cause.clientId().toString());
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        // No stored verdict: a client added after the subscription, with no judged logs yet, so "ok"
        Verdict before = repo.swapVerdict(cause.clientId(), now.verdict(), at).orElse(Verdict.OK);
        if (before != now.verdict()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("previousVerdict", before.apiValue());
            data.put("verdict", now.verdict().apiValue());
            data.put("findings", now.findings());
            events.fire(new ClientEvent(ClientEvent.VERDICT_CHANGED, cause.coachId(), cause.clientId(), cause.at(), data));
        }
    }

    /**
     * {@code {type, timestamp, data: {clientId, …}}}, written once: every attempt sends these same bytes. The
     * data's other fields follow {@code clientId} in the order the feature gave them (sorted when it gave none).
     */
    String payload(ClientEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clientId", e.clientId());
        if (e.data() != null) {
            Map<String, Object> rest = e.data() instanceof LinkedHashMap || e.data() instanceof TreeMap ? e.data()
                    : new TreeMap<>(e.data());
            rest.forEach((k, v) -> {
                if (!k.equals("clientId")) {
                    data.put(k, v);
                }
            });
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.type());
        body.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(
                (e.at() != null ? e.at() : clock.instant()).atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)));
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event data of " + e.type() + " is not JSON-serializable", ex);
        }
    }

    /** The webhook-id: "msg_" and 128 random bits in hex (no dots, as the specification asks). */
    static String newMessageId() {
        UUID u = UUID.randomUUID();
        return "msg_" + hex(u.getMostSignificantBits()) + hex(u.getLeastSignificantBits());
    }

    private static String hex(long bits) {
        String h = Long.toHexString(bits);
        return "0".repeat(16 - h.length()) + h;
    }

    /** Once per transaction: when it commits, this replica's dispatcher looks for work at once. */
    private void wakeDispatcherAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }
}
