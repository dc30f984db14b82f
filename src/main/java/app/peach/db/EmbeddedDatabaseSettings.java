package app.peach.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the service's own embedded PostgreSQL, read before Quarkus starts (so from system
 * properties and environment variables, the way Quarkus maps them: {@code peach.embedded-db.dir} or
 * {@code PEACH_EMBEDDED_DB_DIR}).
 *
 * @param dataDir directory holding the database files; default {@code ./data/postgres}
 * @param port    port to listen on (loopback only); 0 picks a free port at each start
 */
public record EmbeddedDatabaseSettings(Path dataDir, int port) {
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    public static EmbeddedDatabaseSettings from(Map<String, String> env, java.util.Properties sys) {
        Path dir = Path.of(lookup("peach.embedded-db.dir", env, sys).orElse("data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(lookup("peach.embedded-db.port", env, sys).orElse("0"));
        return new EmbeddedDatabaseSettings(dir, port);
    }

    /** True when the operator configured a server of their own (then no embedded database starts). */
    public static boolean externalDatasourceConfigured(Map<String, String> env, java.util.Properties sys) {
        return lookup(JDBC_URL, env, sys).filter(v -> !v.isBlank()).isPresent();
    }

    static Optional<String> lookup(String property, Map<String, String> env, java.util.Properties sys) {
        String value = sys.getProperty(property);
        if (value == null) {
            value = env.get(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return Optional.ofNullable(value);
    }
}
