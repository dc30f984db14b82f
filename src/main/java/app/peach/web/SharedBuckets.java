package app.peach.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import io.github.bucket4j.distributed.remote.CommandResult;
import io.github.bucket4j.distributed.remote.Request;
import io.github.bucket4j.distributed.remote.commands.CreateInitialStateAndExecuteCommand;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Token buckets that every replica of the service shares, kept in PostgreSQL by Bucket4j (table
 * {@code rate_limit_buckets}, row-locked with SELECT … FOR UPDATE). Two things keep that off the hot path:
 * <ul>
 * <li>Bucket4j's delaying optimization ({@code Optimizations.delaying}, built here with the shared clock): a replica answers from its own copy of a bucket and writes back to
 * PostgreSQL once it has admitted {@link Limit#slack()} tokens on its own or once {@code sync-interval} has passed,
 * so most requests cost no round trip; with R replicas a caller gets at most {@code tokens + R × slack} in a
 * window (each replica's unsynchronized admissions are charged to the shared bucket when it syncs, which may go
 * negative and is paid back from the next window).</li>
 * <li>The JDBC work never runs on the Vert.x event loop: the proxy manager's asynchronous mode runs each
 * round trip with {@code vertx.executeBlocking}, and a decision that needs no round trip completes at once.</li>
 * </ul>
 * When PostgreSQL fails or does not answer within {@code sync-timeout}, each replica decides with buckets of its
 * own for {@code local-fallback} and then tries again: limits hold per replica during an outage, and the open
 * calculators keep answering.
 */
@Singleton
public class SharedBuckets {
    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);
    private static final String TABLE = "rate_limit_buckets";
    /** A bucket's id is its limit's {@link Limit#prefix() prefix}, this, and the caller (a key's hash or an address). */
    private static final char ID_SEPARATOR = ':';
    private static final int MAX_TRACKED_CALLERS = 100_000;
    private static final int CLEANUP_BATCH = 1_000;
    private static final long CLEANUP_EVERY_MS = 60_000;
    /** A row outlives the moment its bucket is full again by this much, then the cleanup removes it. */
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofMinutes(1);

    /**
     * One kind of limit: {@code tokens} per {@code window}, refilled all at once when the window ends (so
     * RateLimit-Reset is the time until the window refills). {@code slack}: how many tokens one replica may admit
     * before it syncs.
     */
    public static final class Limit {
        private final String name;
        private final long tokens;
        private final Duration window;
        private final long slack;
        private final String prefix;

        public Limit(String name, long tokens, Duration window, long slack) {
            this.name = name;
            this.tokens = tokens;
            this.window = window;
            this.slack = Math.max(1, Math.min(slack, tokens));
            this.prefix = name + '/' + tokens + '/' + window.toMillis() + "ms"; // once: every request builds an id
        }

        public String name() {
            return name;
        }

        public long tokens() {
            return tokens;
        }

        public Duration window() {
            return window;
        }

        public long slack() {
            return slack;
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(Bandwidth.builder().capacity(tokens)
                    .refillIntervally(tokens, window).initialTokens(tokens).build()).build();
        }

        /**
         * The start of the ids of this limit's buckets: its name and its configuration (for example
         * {@code ip/600/60000ms}). A limit changed either way, raised or lowered, therefore gets buckets of its own at
         * once on every replica. Bucket4j's configuration version cannot do that: it replaces a stored configuration
         * only with one of a higher version, so a stored bucket outlived a lowered limit (RateLimit-Remaining 2998
         * under a RateLimit-Limit of 5). The old rows expire and the cleanup removes them.
         */
        String prefix() {
            return prefix;
        }

    }

    private final Vertx vertx;
    private final RateLimitConfig config;
    private final RateLimitClock clock;
    private final OffLoopBuckets store;
    // Maintenance (recording reads, expiry, eviction) runs on the caller's thread: Caffeine's default hands it to
    // ForkJoinPool.commonPool(), which woke a pool thread every few /api requests (futex calls and a context switch
    // on the event loop's cores for a few microseconds of bookkeeping).
    private final Cache<String, AsyncBucketProxy> shared = Caffeine.newBuilder().executor(Runnable::run)
            .maximumSize(MAX_TRACKED_CALLERS).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Bucket> local = Caffeine.newBuilder().executor(Runnable::run)
            .maximumSize(MAX_TRACKED_CALLERS).expireAfterAccess(Duration.ofMinutes(10)).build();
    private volatile long localUntilNanos = System.nanoTime();
    private long cleanupTimer = -1;

    SharedBuckets(Vertx vertx, DataSource dataSource, RateLimitConfig config, RateLimitClock clock) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.store = new OffLoopBuckets(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).clientClock(clock)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS)),
                vertx);
    }

    void scheduleCleanup(@Observes StartupEvent start) {
        if (config.enabled()) {
            cleanupTimer = vertx.setPeriodic(CLEANUP_EVERY_MS, id -> vertx.executeBlocking(this::removeExpired, false));
        }
    }

    @PreDestroy
    void stopCleanup() {
        if (cleanupTimer >= 0) {
            vertx.cancelTimer(cleanupTimer);
        }
    }

    /** Takes one token from the caller's bucket; never fails (PostgreSQL trouble falls back to a local bucket). */
    public CompletableFuture<io.github.bucket4j.ConsumptionProbe> tryConsume(Limit limit, String caller) {
        return decide(limit, caller, b -> b.tryConsumeAndReturnRemaining(1), b -> b.tryConsumeAndReturnRemaining(1));
    }

    /**
     * Takes one token and writes the bucket back to PostgreSQL at once, so that every replica's next
     * synchronization sees it (for rare events that must count exactly, such as failed key checks).
     */
    public CompletableFuture<io.github.bucket4j.ConsumptionProbe> tryConsumeAndSync(Limit limit, String caller) {
        return decide(limit, caller,
                b -> b.tryConsumeAndReturnRemaining(1)
                        .thenCompose(probe -> b.getOptimizationController().syncImmediately().thenApply(synced -> probe)),
                b -> b.tryConsumeAndReturnRemaining(1));
    }

    /** Whether one token could be taken now, without taking it. */
    public CompletableFuture<io.github.bucket4j.EstimationProbe> estimate(Limit limit, String caller) {
        return decide(limit, caller, b -> b.estimateAbilityToConsume(1), b -> b.estimateAbilityToConsume(1));
    }

    private <T> CompletableFuture<T> decide(Limit limit, String caller, Function<AsyncBucketProxy, CompletableFuture<T>> onShared,
            Function<Bucket, T> onLocal) {
        String id = limit.prefix() + ID_SEPARATOR + caller;
        if (System.nanoTime() - localUntilNanos < 0) {
            return CompletableFuture.completedFuture(onLocal.apply(localBucket(limit, id)));
        }
        CompletableFuture<T> remote;
        try {
            remote = onShared.apply(sharedBucket(limit, id));
        } catch (RuntimeException e) {
            remote = CompletableFuture.failedFuture(e);
        }
        if (remote.isDone() && !remote.isCompletedExceptionally()) {
            return remote; // decided from this replica's copy of the bucket: no round trip
        }
        return remote.copy().completeOnTimeout(null, config.syncTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((value, error) -> {
                    if (error == null && value != null) {
                        return value;
                    }
                    fallBackToLocal(error);
                    return onLocal.apply(localBucket(limit, id));
                });
    }

    private void fallBackToLocal(Throwable error) {
        long now = System.nanoTime();
        boolean wasShared = now - localUntilNanos >= 0;
        localUntilNanos = now + config.localFallback().toNanos();
        if (!wasShared) {
            return; // said already (concurrent decisions fail together)
        }
        LOG.warnf("Shared rate limits unavailable (%s); this replica limits on its own for %d s",
                error == null ? "PostgreSQL did not answer within " + config.syncTimeout().toMillis() + " ms"
                        : DatabaseFailures.rootOf(error).getClass().getSimpleName(),
                config.localFallback().toSeconds());
    }

    private AsyncBucketProxy sharedBucket(Limit limit, String id) {
        return shared.get(id, k -> store.remember(limit).asAsync().builder()
                .withOptimization(new DelayOptimization(new DelayParameters(limit.slack(), config.syncInterval()),
                        NopeOptimizationListener.INSTANCE, clock))
                .build(k, limit.configuration())); // no configuration versions: the id holds the configuration
    }

    private Bucket localBucket(Limit limit, String id) {
        return local.get(id, k -> Bucket.builder().withCustomTimePrecision(clock)
                .addLimit(limit.configuration().getBandwidths()[0]).build());
    }

    private Void removeExpired() {
        try {
            int removed;
            do {
                removed = store.removeExpired(CLEANUP_BATCH);
            } while (removed == CLEANUP_BATCH);
        } catch (RuntimeException e) {
            LOG.debugf("Expired rate-limit buckets not removed this time: %s", DatabaseFailures.rootOf(e).getClass().getSimpleName());
        }
        return null;
    }

    /**
     * Bucket4j's PostgreSQL proxy manager is synchronous (JDBC); its asynchronous mode here runs each round trip
     * on a Vert.x worker thread and completes on the caller's context, so the event loop never waits on JDBC.
     * <p>
     * It also creates a bucket whose row is missing in the same round trip, instead of answering "bucket not
     * found". A row goes missing when its bucket has been full for {@link SharedBuckets#KEEP_FULL_BUCKETS} (the
     * cleanup removes it while replicas may still hold their copy) and after a crash (the table is UNLOGGED).
     * Bucket4j 8.14 recovers from that answer for a single call, but calls that queued behind a round trip travel
     * together as one merged command, and that answer to a merged command throws inside Bucket4j
     * ({@code MultiCommand.unwrap} in {@code AsyncBatchHelper.completeWaitingFutures}): their futures never
     * complete, and each of those callers waited out {@code sync-timeout} (bench/run's coach progress had a p99 of
     * about 900 ms from this, once its key's row had been cleaned up between rounds).
     */
    static final class OffLoopBuckets extends PostgreSQLSelectForUpdateBasedProxyManager<String> {
        private final Vertx vertx;
        /** The limits in use, by prefix (the part of a bucket's id before {@link SharedBuckets#ID_SEPARATOR}). */
        private final Map<String, Limit> limits = new ConcurrentHashMap<>();

        OffLoopBuckets(Bucket4jPostgreSQL.PostgreSQLSelectForUpdateBasedProxyManagerBuilder<String> builder, Vertx vertx) {
            super(builder);
            this.vertx = vertx;
        }

        OffLoopBuckets remember(Limit limit) {
            limits.put(limit.prefix(), limit);
            return this;
        }

        @Override
        public boolean isAsyncModeSupported() {
            return true;
        }

        @Override
        public <T> CompletableFuture<CommandResult<T>> executeAsync(String key, Request<T> request) {
            return vertx.executeBlocking(() -> execute(key, request), false).toCompletionStage().toCompletableFuture();
        }

        @Override
        public <T> CommandResult<T> execute(String key, Request<T> request) {
            CommandResult<T> result = super.execute(key, request);
            if (!result.isBucketNotFound()) {
                return result;
            }
            Limit limit = limits.get(key.substring(0, Math.max(0, key.indexOf(ID_SEPARATOR))));
            if (limit == null) {
                return result; // not a bucket of ours: Bucket4j's own recovery applies
            }
            var creating = new CreateInitialStateAndExecuteCommand<>(limit.configuration(), request.getCommand());
            return super.execute(key, new Request<>(creating, request.getBackwardCompatibilityVersion(),
                    request.getClientSideTime(), request.getExpirationStrategy()));
        }
    }
}
