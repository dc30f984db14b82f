package app.peach.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.vertx.pgclient.PgConnectOptions;

/** The non-blocking pool connects where the JDBC datasource does, with its user and password. */
class EventLoopDatabaseTest {
    @Test
    void readsHostPortAndDatabaseFromTheJdbcUrl() {
        PgConnectOptions o = EventLoopDatabase.connectOptions("jdbc:postgresql://db.internal:6543/peach",
                Optional.of("peach"), Optional.of("s3cret")).orElseThrow();
        assertThat(o.getHost()).isEqualTo("db.internal");
        assertThat(o.getPort()).isEqualTo(6543);
        assertThat(o.getDatabase()).isEqualTo("peach");
        assertThat(o.getUser()).isEqualTo("peach");
        assertThat(o.getPassword()).isEqualTo("s3cret");
    }

    @Test
    void keepsTheUrlsOwnUserWhenNoneIsConfigured() {
        PgConnectOptions o = EventLoopDatabase.connectOptions("jdbc:postgresql://127.0.0.1:5432/peach?user=coach",
                Optional.empty(), Optional.empty()).orElseThrow();
        assertThat(o.getUser()).isEqualTo("coach");
        assertThat(o.getPort()).isEqualTo(5432);
    }

    @Test
    void aUrlVertxCannotReadLeavesThePoolAbsent() {
        assertThat(EventLoopDatabase.connectOptions("jdbc:postgresql://a:1,b:2/peach?targetServerType=primary",
                Optional.empty(), Optional.empty())).isEmpty();
        assertThat(EventLoopDatabase.connectOptions("jdbc:h2:mem:peach", Optional.empty(), Optional.empty())).isEmpty();
    }
}
