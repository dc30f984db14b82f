package app.peach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A throwaway PostgreSQL for the test suite: one server per test JVM (started on first use, stopped by
 * zonky's shutdown hook), whatever number of Quarkus test applications boot against it. zonky's test
 * defaults (fsync off, temporary data directory) are right here.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;

    static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres pg = server();
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // Kept for the rest of the test run; zonky stops it when the JVM exits.
    }
}
