package app.peach.webhooks;

import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * Sends what the outbox holds. Each replica claims due deliveries in batches ({@code FOR UPDATE SKIP LOCKED}, so
 * replicas never take the same row), sends them without holding a transaction or a thread while the receivers
 * answer, and records the answers in batches too: delivered, or retried after the {@link RetrySchedule}'s wait,
 * or failed after the last attempt. It runs every poll interval and, on the replica that took a write, shortly
 * after that write commits. Requests never wait for it.
 *
 * <p>Why batches: one claim and one record statement per delivery made the outbox cost a weigh-in write about
 * half its throughput (bench/run); a claim of every delivery due in the last few milliseconds, and one statement
 * for every answer that arrived while the previous one was written, cost the same per batch as per delivery.
 */
@ApplicationScoped
class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final Duration QUIET_LOG = Duration.ofMinutes(1);
    /** How long a wake waits to gather the deliveries of writes committing at about the same time. */
    static final long BATCH_WINDOW_MS = 100;
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
    private final AtomicBoolean recordQueued = new AtomicBoolean();
    private final Queue<WebhookRepository.Result> answered = new ConcurrentLinkedQueue<>();
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

    /**
     * Look for work in a few milliseconds, on a worker thread (called after a commit that wrote deliveries):
     * the writes that commit meanwhile are claimed in the same batch.
     */
    void wake() {
        if (config.dispatchEnabled()) {
            onWorker(wakeQueued, BATCH_WINDOW_MS, this::drain);
        }
    }

    /**
     * Runs {@code work} on a worker thread after {@code delayMs} (at once for 0), once for all the calls made
     * until it starts: {@code queued} says one is on its way.
     */
    private void onWorker(AtomicBoolean queued, long delayMs, Runnable work) {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        Runnable run = () -> vertx.executeBlocking(() -> {
            queued.set(false);
            work.run();
            return null;
        }, false);
        if (delayMs > 0) {
            vertx.setTimer(delayMs, t -> run.run());
        } else {
            run.run();
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
            List<WebhookRepository.Claimed> batch = repo.claim(free, now, now.plus(claim));
            backlog = batch.size() == free;
            if (!batch.isEmpty()) {
                inFlight.addAndGet(batch.size());
                send(batch);
            }
            if (backlog) {
                again = true;
            }
        } while (again);
    }

    /**
     * Opens each subscription's secret and checks where each URL's host points now, once per batch (this runs on
     * a worker thread: name resolution blocks), then signs and sends every delivery of the batch.
     */
    private void send(List<WebhookRepository.Claimed> batch) {
        Map<UUID, byte[]> keys = new HashMap<>();
        Map<String, Resolved> targets = new HashMap<>();
        for (WebhookRepository.Claimed c : batch) {
            OffsetDateTime at = now();
            long started = System.nanoTime();
            byte[] key = keys.computeIfAbsent(c.subscriptionId(), id -> open(c));
            Resolved resolved = targets.computeIfAbsent(c.url(), Dispatcher.this::resolve);
            Future<Answer> answer;
            if (key == null) {
                answer = Future.succeededFuture(new Answer(Answer.SECRET_UNAVAILABLE, null,
                        "the signing secret cannot be opened with the configured peach.webhooks.secret-key"));
            } else if (resolved.refused() != null) {
                answer = Future.succeededFuture(new Answer(Answer.ADDRESS_REFUSED, null, resolved.refused()));
            } else {
                answer = post(c, key, resolved);
            }
            answer.recover(e -> {
                LOG.debugf(e, "Webhook attempt %s failed unexpectedly", c.messageId());
                return Future.succeededFuture(new Answer(Answer.NETWORK_ERROR, null, "the attempt could not be made"));
            }).onComplete(a -> answered(c, at, a.result(), (int) ((System.nanoTime() - started) / 1_000_000)));
        }
    }

    private byte[] open(WebhookRepository.Claimed c) {
        try {
            return secrets.open(c.subscriptionId(), c.sealedSecret());
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** Signs and sends one delivery to the address the policy accepted. */
    private Future<Answer> post(WebhookRepository.Claimed c, byte[] key, Resolved resolved) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "Peach-Webhooks/1.0");
        headers.put("webhook-id", c.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", Signature.sign(key, c.messageId(), timestamp, c.payload()));
        return sender.post(resolved.address(), resolved.target(), headers, c.payload());
    }

    /** The parsed URL and the address to connect to, or why there is none. */
    private record Resolved(TargetPolicy.Target target, InetAddress address, String refused) {
    }

    /** Blocking name resolution: runs on a worker thread. */
    private Resolved resolve(String url) {
        TargetPolicy.Target target = TargetPolicy.parse(url);
        try {
            return new Resolved(target, policy.addressFor(target), null);
        } catch (TargetPolicy.Refused e) {
            return new Resolved(target, null, e.getMessage());
        }
    }

    /** Queues an answer; the answers that arrive while one batch is written are written together next. */
    private void answered(WebhookRepository.Claimed c, OffsetDateTime at, Answer answer, int durationMs) {
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
        answered.add(new WebhookRepository.Result(c.id(), c.attempt(), status, next, at, answer.outcome(),
                answer.responseCode(), durationMs, answer.error()));
        // the slot is free once the receiver answered: recording waits for the next batch, sending does not
        inFlight.decrementAndGet();
        if (backlog) {
            onWorker(wakeQueued, 0, this::drain); // due rows are waiting already: no window to gather more
        }
        onWorker(recordQueued, BATCH_WINDOW_MS, this::recordAnswered);
    }

    private void recordAnswered() {
        List<WebhookRepository.Result> batch = new ArrayList<>();
        for (WebhookRepository.Result r; (r = answered.poll()) != null;) {
            batch.add(r);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            repo.record(batch);
        } catch (RuntimeException e) {
            // the claims lapse and the deliveries are attempted again: at least once
            warnQuietly("Could not record webhook attempts (they will be made again)", e);
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
