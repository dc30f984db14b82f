package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** What counts as "the database is unavailable" (503) rather than an unexpected error (500). */
class DatabaseFailuresTest {

    @Test
    void shouldRecogniseConnectionLossesAndTimeoutsHoweverDeepTheyAre() {
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("statement timeout", "57014"))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException(new java.net.ConnectException()))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new java.sql.SQLTransientConnectionException("pool timeout"))).isTrue();
    }

    @Test
    void shouldLeaveOtherFailuresToTheGenericMapper() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void shouldAnswer503WithRetryAfter() {
        var response = new ProblemMappers(java.util.Optional.empty()).unexpected(new RuntimeException(new SQLException("refused", "08001")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }
}
