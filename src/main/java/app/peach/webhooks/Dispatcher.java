package app.peach.webhooks;

import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import app.peach.webhooks.Sender.Answer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Sends what the outbox holds. Each replica claims due deliveries in a short transaction ({@code FOR UPDATE SKIP
 * LOCKED}, so replicas never take the same row), commits, sends them without holding a transaction or a thread
 * while the receivers answer, and records each result in a transaction of its own: delivered, or retried after
 * the {@link RetrySchedule}'s wait, or failed after the last attempt. It runs every poll interval and, on the
 * replica that took a write, right after that write commits. Requests never wait for it.
 */
@ApplicationScoped
class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final Duration QUIET_LOG = Duration.ofMinutes(1);
    private final WebhookConfig config;
    private final WebhookRepository repo;
    private final WebhookSecrets secrets;
    private final TargetPolicy policy;
    private final Sender sender;
    private final Vertx vertx;
    private final MeterRegistry metrics;
    /**
     * Delivery runs on real elapsed time (due attempts, backoff, the signature's timestamp that receivers check
     * against their own clock), never on the injected business-date clock, which tests fix to one instant.
     */
    private final Clock clock = Clock.systemUTC();
    private final RetrySchedule schedule;
    /** How long a claim keeps other replicas off a row: well past one attempt's deadline and its recording. */
    private final Duration claim;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean again;
    private volatile boolean backlog;
    private volatile long lastWarning;

    Dispatcher(WebhookConfig config, WebhookRepository repo, WebhookSecrets secrets, TargetPolicy policy, Sender sender,
            Vertx vertx, MeterRegistry metrics) {
        this.config = config;
        this.repo = repo;
        this.secrets = secrets;
        this.policy = policy;
        this.sender = sender;
        this.vertx = vertx;
        this.metrics = metrics;
        this.schedule = new RetrySchedule(config.backoffBase(), config.maxAttempts(),
                () -> ThreadLocalRandom.current().nextDouble());
        Duration sixTimeouts = config.timeout().multipliedBy(6);
        this.claim = sixTimeouts.compareTo(Duration.ofSeconds(30)) > 0 ? sixTimeouts : Duration.ofSeconds(30);
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${peach.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    /** Look for work soon, on a worker thread (called after a commit that wrote deliveries). */
    void wake() {
        if (config.dispatchEnabled() && wakeQueued.compareAndSet(false, true)) {
            vertx.executeBlocking(() -> {
                wakeQueued.set(false);
                drain();
                return null;
            }, false);
        }
    }

    /** Deletes delivered and failed deliveries older than the retention period. */
    @Scheduled(identity = "webhook-retention", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            int n = QuarkusTransaction.requiringNew().call(() -> repo.purge(now().minus(config.retention())));
            if (n > 0) {
                LOG.infof("Deleted %d webhook deliveries older than %s", n, config.retention());
            }
        } catch (RuntimeException e) {
            warnQuietly("Could not delete old webhook deliveries", e);
        }
    }

    /** Claims and starts attempts while there are due rows and free slots; one drain at a time per replica. */
    void drain() {
        if (!config.dispatchEnabled() || !secrets.configured()) {
            return;
        }
        do {
            if (!draining.compareAndSet(false, true)) {
                again = true; // the running drain goes round once more
                return;
            }
            try {
                drainOnce();
            } catch (RuntimeException e) {
                warnQuietly("Could not claim webhook deliveries (retrying at the next poll)", e);
                again = false;
            } finally {
                draining.set(false);
            }
        } while (again);
    }

    private void drainOnce() {
        do {
            again = false;
            int free = config.maxInFlight() - inFlight.get();
            if (free <= 0) {
                backlog = true;
                return;
            }
            OffsetDateTime now = now();
            List<WebhookRepository.Claimed> batch = QuarkusTransaction.requiringNew()
                    .call(() -> repo.claim(free, now, now.plus(claim)));
            backlog = batch.size() == free;
            for (WebhookRepository.Claimed c : batch) {
                attempt(c);
            }
            if (backlog) {
                again = true;
            }
        } while (again);
    }

    private void attempt(WebhookRepository.Claimed c) {
        inFlight.incrementAndGet();
        OffsetDateTime at = now();
        long started = System.nanoTime();
        send(c).recover(e -> {
            LOG.debugf(e, "Webhook attempt %s failed unexpectedly", c.messageId());
            return Future.succeededFuture(new Answer(Answer.NETWORK_ERROR, null, "the attempt could not be made"));
        }).onComplete(answer -> vertx.executeBlocking(() -> {
            record(c, at, answer.result(), (int) ((System.nanoTime() - started) / 1_000_000));
            return null;
        }, false).onComplete(x -> {
            inFlight.decrementAndGet();
            if (backlog) {
                wake();
            }
        }));
    }

    /** Opens the secret, checks where the URL's host points now, signs and sends. */
    private Future<Answer> send(WebhookRepository.Claimed c) {
        byte[] key;
        try {
            key = secrets.open(c.subscriptionId(), c.sealedSecret());
        } catch (GeneralSecurityException e) {
            return Future.succeededFuture(new Answer(Answer.SECRET_UNAVAILABLE, null,
                    "the signing secret cannot be opened with the configured peach.webhooks.secret-key"));
        }
        TargetPolicy.Target target = TargetPolicy.parse(c.url());
        return vertx.executeBlocking(() -> resolve(target), false).compose(resolved -> {
            if (resolved.refused() != null) {
                return Future.succeededFuture(new Answer(Answer.ADDRESS_REFUSED, null, resolved.refused()));
            }
            long timestamp = clock.instant().getEpochSecond();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("content-type", "application/json");
            headers.put("user-agent", "Peach-Webhooks/1.0");
            headers.put("webhook-id", c.messageId());
            headers.put("webhook-timestamp", Long.toString(timestamp));
            headers.put("webhook-signature", Signature.sign(key, c.messageId(), timestamp, c.payload()));
            return sender.post(resolved.address(), target, headers, c.payload());
        });
    }

    /** The address to connect to, or why there is none. */
    private record Resolved(InetAddress address, String refused) {
    }

    /** Blocking name resolution: runs on a worker thread. */
    private Resolved resolve(TargetPolicy.Target target) {
        try {
            return new Resolved(policy.addressFor(target), null);
        } catch (TargetPolicy.Refused e) {
            return new Resolved(null, e.getMessage());
        }
    }

    private void record(WebhookRepository.Claimed c, OffsetDateTime at, Answer answer, int durationMs) {
        metrics.counter("peach.webhooks.attempts", "outcome", answer.outcome()).increment();
        String status;
        OffsetDateTime next = null;
        if (answer.delivered()) {
            status = "delivered";
        } else {
            Duration wait = schedule.delayAfter(c.attempt());
            status = wait == null ? "failed" : "pending";
            next = wait == null ? null : now().plus(wait);
        }
        String finalStatus = status;
        OffsetDateTime due = next;
        try {
            QuarkusTransaction.requiringNew().run(() -> repo.record(c.id(), c.attempt(), finalStatus, due, at,
                    answer.outcome(), answer.responseCode(), durationMs, answer.error()));
        } catch (RuntimeException e) {
            // the claim lapses and the delivery is attempted again: at least once
            warnQuietly("Could not record a webhook attempt (it will be made again)", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A warning at most once a minute (a database outage would otherwise log every poll). */
    private void warnQuietly(String message, Exception e) {
        long nowMs = System.currentTimeMillis();
        if (nowMs - lastWarning > QUIET_LOG.toMillis()) {
            lastWarning = nowMs;
            LOG.warnf("%s: %s", message, e.toString());
        }
    }
}
