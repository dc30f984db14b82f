package app.peach.projections;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

/**
 * The threads that run projections, off the event loop. A projection's cost grows with its horizon and a
 * target solve runs dozens of them (20-60 ms of CPU for ten years), so on the event loop a few concurrent
 * solves stalled every other request, health checks included. (A projection of up to a year without a target
 * costs like a program build and stays on the event loop: {@code ProjectionService.costsLikeACalculator}.) The
 * pool is bounded twice: a thread per core and a queue of 32 per thread, enough for every connection of a busy
 * client to wait its turn (a full queue of 10-year solves waits about a second). When both are
 * full the caller is told to come back ({@link SolverBusy}, a 503 with Retry-After) instead of joining a queue
 * that would only grow while the service falls behind. (A queue of two per thread answered most of 32
 * concurrent 1-year projections with 503.)
 */
@Singleton
public class ProjectionPool implements AutoCloseable {
    static final int QUEUE_PER_THREAD = 32;
    private final ThreadPoolExecutor executor;
    private final int retryAfterSeconds;

    @Inject
    ProjectionPool(ProjectionPoolConfig config) {
        this(threads(config), config.queue().orElse(QUEUE_PER_THREAD * threads(config)), config.retryAfterSeconds());
    }

    ProjectionPool(int threads, int queue, int retryAfterSeconds) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                work -> {
                    Thread t = new Thread(work, "projection-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Runs {@code work} on the pool; fails with {@link SolverBusy} at once when the pool and its queue are full. */
    public <T> Uni<T> run(Supplier<T> work) {
        return Uni.createFrom().emitter(emitter -> {
            try {
                executor.execute(() -> {
                    T result;
                    try {
                        result = work.get();
                    } catch (RuntimeException | Error e) {
                        emitter.fail(e);
                        return;
                    }
                    emitter.complete(result);
                });
            } catch (RejectedExecutionException e) {
                emitter.fail(new SolverBusy(retryAfterSeconds));
            }
        });
    }

    private static int threads(ProjectionPoolConfig config) {
        return config.threads().orElse(Runtime.getRuntime().availableProcessors());
    }

    @PreDestroy
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
