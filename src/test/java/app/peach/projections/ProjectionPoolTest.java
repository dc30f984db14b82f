package app.peach.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class ProjectionPoolTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final ProjectionPool pool = new ProjectionPool(1, 1, 3);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        pool.close();
    }

    @Test
    void shouldRunTheWorkOnItsOwnThread() {
        String thread = pool.run(() -> Thread.currentThread().getName()).await().atMost(WAIT);
        assertThat(thread).startsWith("projection-").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void shouldPassTheWorksOwnFailureOnUnchanged() {
        IllegalArgumentException failure = new IllegalArgumentException("bad input found by the calculation");
        assertThatThrownBy(() -> pool.run(() -> {
            throw failure;
        }).await().atMost(WAIT)).isSameAs(failure);
    }

    @Test
    void shouldRefuseAtOnceWhenItsThreadsAndQueueAreFull() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        Uni<String> first = pool.run(() -> block(running, "first"));
        Uni<String> second = pool.run(() -> block(null, "second"));
        var firstResult = first.subscribeAsCompletionStage(); // takes the one thread
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        var secondResult = second.subscribeAsCompletionStage(); // takes the one place in the queue

        long started = System.nanoTime();
        assertThatThrownBy(() -> pool.run(() -> "third").await().atMost(WAIT)).isInstanceOfSatisfying(SolverBusy.class,
                busy -> assertThat(busy.retryAfterSeconds()).isEqualTo(3));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused, not queued").isLessThan(Duration.ofSeconds(1));

        release.countDown();
        assertThat(firstResult.toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(secondResult.toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(pool.run(() -> "after").await().atMost(WAIT)).isEqualTo("after");
    }

    private String block(CountDownLatch running, String result) {
        if (running != null) {
            running.countDown();
        }
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result;
    }
}
