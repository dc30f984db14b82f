package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;

/**
 * An operator changes a limit and restarts (or replicas roll to the new setting): a caller whose bucket PostgreSQL
 * already holds gets the new limit at once, lowered or raised. Each {@link SharedBuckets} here stands for one
 * start of the service on the same database.
 */
@QuarkusTest
class ChangedLimitTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    Vertx vertx;

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    @Inject
    RateLimitClock clock;

    @Test
    void shouldGiveACallerWithAStoredBucketALoweredLimitAndThenARaisedOne() throws Exception {
        String caller = "changed-limit-" + UUID.randomUUID();
        assertThat(takeOne(3_000, caller).getRemainingTokens()).isEqualTo(2_999);
        // lowered to 5: the stored bucket of 3,000 must not answer (it did: 2,998 left under a limit of 5)
        assertThat(takeOne(5, caller).getRemainingTokens()).isEqualTo(4);
        assertThat(takeOne(5, caller).getRemainingTokens()).isEqualTo(3);
        // raised to 1,000
        assertThat(takeOne(1_000, caller).getRemainingTokens()).isEqualTo(999);
    }

    /** One token from the caller's bucket, written to PostgreSQL, by a fresh start with this limit a minute. */
    private ConsumptionProbe takeOne(long tokens, String caller) throws Exception {
        var start = new SharedBuckets(vertx, dataSource, config, clock);
        return start.tryConsumeAndSync(new SharedBuckets.Limit("changed", tokens, MINUTE, 1), caller)
                .get(10, TimeUnit.SECONDS);
    }
}
