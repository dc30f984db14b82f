package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A server failure leaves as a 500 problem carrying an error id, with no exception text in it. */
class UnexpectedErrorTest {

    @Test
    void shouldHideTheCauseAndGiveAnErrorId() {
        var response = new ProblemMappers(java.util.Optional.empty()).unexpected(
                new IllegalStateException("org.postgresql.util.PSQLException: relation \"x\" does not exist"));
        Problem p = response.getEntity();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(p.errorId()).isNotBlank();
        assertThat(p.detail()).contains(p.errorId()).doesNotContain("PSQL").doesNotContain("relation");
        assertThat(response.getHeaders().getFirst("Content-Type").toString()).isEqualTo(Problem.MEDIA_TYPE);
    }
}
