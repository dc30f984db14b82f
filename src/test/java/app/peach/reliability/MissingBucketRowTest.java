package app.peach.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A bucket whose row has gone (the cleanup removes a row once its bucket has been full for a minute, and a crash
 * empties the UNLOGGED table) while this replica still holds its copy: the next calls, arriving together, are all
 * decided in one round trip that creates the bucket again. Bucket4j alone left every call that queued behind that
 * round trip waiting until {@code sync-timeout}; here that timeout is a minute, so such a call would outlive the
 * client's 10 s.
 */
@QuarkusTest
@TestProfile(MissingBucketRowTest.SlowFallback.class)
class MissingBucketRowTest {
    private static final int LIMIT = 1_000;
    private static final int TOGETHER = 24;

    @Inject
    SteppedRateLimitClock clock;

    @Inject
    EntityManager em;

    @TestHTTPResource("/api/v1/goals")
    URI goals;

    public static class SlowFallback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("peach.rate-limit.per-ip-per-minute", String.valueOf(LIMIT),
                    "peach.rate-limit.sync-timeout", "60s");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SteppedRateLimitClock.class);
        }
    }

    @Test
    void shouldAnswerCallsArrivingTogetherAfterTheRowIsGoneAndCountThemInTheNewRow() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService callers = Executors.newFixedThreadPool(TOGETHER);
        try {
            assertThat(get(http).statusCode()).isEqualTo(200); // this replica now holds the address's bucket
            for (int round = 0; round < 3; round++) {
                assertThat(QuarkusTransaction.requiringNew().call(
                        () -> em.createNativeQuery("DELETE FROM rate_limit_buckets").executeUpdate())).isPositive();
                clock.advance(Duration.ofSeconds(2)); // past sync-interval: the next call goes to PostgreSQL
                List<HttpResponse<String>> answers = together(http, callers);
                assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
                assertThat(answers).allSatisfy(a -> assertThat(a.headers().firstValue("RateLimit-Limit"))
                        .hasValue(String.valueOf(LIMIT)));
                assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM rate_limit_buckets").getSingleResult()).longValue())).isEqualTo(1); // again
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private List<HttpResponse<String>> together(HttpClient http, ExecutorService callers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < TOGETHER; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return get(http);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, callers));
        }
        start.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            answers.add(call.join());
        }
        return answers;
    }

    private HttpResponse<String> get(HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(goals).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
