package app.peach.webhooks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.peach.coaching.ClientProfile;
import app.peach.coaching.ClientService;
import app.peach.progress.ProgressResponse;
import app.peach.progress.ProgressService;
import app.peach.vocabulary.ClientEvent;
import app.peach.vocabulary.Conflict;
import app.peach.vocabulary.InvalidInput;
import app.peach.vocabulary.NotFound;
import app.peach.vocabulary.Unavailable;
import app.peach.vocabulary.Violation;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** A coach's webhook subscriptions and what was delivered to them. Another coach's subscription is not found. */
@ApplicationScoped
public class WebhookService {
    private final WebhookRepository repo;
    private final WebhookSecrets secrets;
    private final TargetPolicy policy;
    private final WebhookConfig config;
    private final ClientService clients;
    private final ProgressService progress;
    private final Clock clock;

    WebhookService(WebhookRepository repo, WebhookSecrets secrets, TargetPolicy policy, WebhookConfig config,
            ClientService clients, ProgressService progress, Clock clock) {
        this.repo = repo;
        this.secrets = secrets;
        this.policy = policy;
        this.config = config;
        this.clients = clients;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Checks the request (the URL's host is resolved before any transaction starts), then stores the
     * subscription with its signing key sealed. Subscribing to {@code client.verdict_changed} records every
     * client's current verdict, so that the first change after subscribing is told.
     */
    public WebhookCreated create(UUID coachId, WebhookRequest r) {
        if (!secrets.configured()) {
            throw new Unavailable(WebhookSecrets.NOT_CONFIGURED);
        }
        List<String> events = events(r.events());
        String url = r.url().strip();
        policy.check(url);
        return QuarkusTransaction.joiningExisting().call(() -> store(coachId, url, events));
    }

    private WebhookCreated store(UUID coachId, String url, List<String> events) {
        if (repo.countOf(coachId) >= config.maxPerCoach()) {
            throw new Conflict("A coach may have at most " + config.maxPerCoach() + " webhooks; delete one first.");
        }
        UUID id = UUID.randomUUID();
        byte[] key = Signature.newKey();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        repo.insertSubscription(id, coachId, url, events, secrets.seal(id, key), now);
        if (events.contains(ClientEvent.VERDICT_CHANGED)) {
            List<ClientProfile> all = clients.profiles(coachId);
            for (ProgressResponse p : progress.progressOf(all).values()) {
                repo.swapVerdict(p.clientId(), p.verdict(), now);
            }
        }
        return new WebhookCreated(id, url, events, Signature.secret(key), now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Webhook> list(UUID coachId) {
        return repo.listOf(coachId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Webhook get(UUID coachId, String id) {
        return parse(id).flatMap(uuid -> repo.find(coachId, uuid)).orElseThrow(() -> notFound(id));
    }

    /** Deletes the subscription; its pending deliveries are dropped with it (nothing more is sent to it). */
    @Transactional
    public void delete(UUID coachId, String id) {
        if (!parse(id).map(uuid -> repo.delete(coachId, uuid)).orElse(false)) {
            throw notFound(id);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPage deliveries(UUID coachId, String id, int page, int size) {
        Webhook w = get(coachId, id);
        return new DeliveryPage(repo.deliveries(w.id(), page, size), page, size, repo.deliveryCount(w.id()));
    }

    /** Known event types, each once, in the order asked; an unknown one is a 400 naming its index. */
    static List<String> events(List<String> asked) {
        List<Violation> bad = new ArrayList<>();
        Set<String> events = new LinkedHashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String e = asked.get(i);
            if (!EventType.ALL.contains(e)) {
                bad.add(new Violation("events[" + i + "]", "must be one of: " + String.join(", ", EventType.ALL)));
            } else {
                events.add(e);
            }
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
        return List.copyOf(events);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static NotFound notFound(String id) {
        return new NotFound("No webhook " + id + ".");
    }
}
