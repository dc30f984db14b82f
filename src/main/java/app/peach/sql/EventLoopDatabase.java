package app.peach.sql;

import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * A few connections to the service's PostgreSQL through Vert.x's non-blocking client, for a read small and
 * frequent enough that handing it to a worker thread and a JDBC connection would cost more than the read
 * (the progress endpoint's freshness check). It connects to the datasource's own JDBC URL, user and password,
 * so there is nothing more to configure; a URL Vert.x cannot read (several hosts, say) leaves it
 * {@link #pool() absent}, and its users then take their blocking path.
 */
@ApplicationScoped
public class EventLoopDatabase {
    private static final Logger LOG = Logger.getLogger(EventLoopDatabase.class);
    /** Pipelined queries need few connections: one per event loop of a 2-core machine and some spare. */
    private static final int CONNECTIONS = 4;
    /** Its name in the metrics: sql_pool_* with pool_name="peach-event-loop" in /q/metrics. */
    static final String POOL_NAME = "peach-event-loop";
    private final Pool pool;

    EventLoopDatabase(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.pool = connectOptions(jdbcUrl, user, password)
                .map(options -> PgBuilder.pool().with(new PoolOptions().setMaxSize(CONNECTIONS).setName(POOL_NAME))
                        .connectingTo(options).using(vertx).build())
                .orElse(null);
    }

    static Optional<PgConnectOptions> connectOptions(String jdbcUrl, Optional<String> user, Optional<String> password) {
        try {
            PgConnectOptions options = PgConnectOptions.fromUri(jdbcUrl.replaceFirst("^jdbc:", ""));
            user.ifPresent(options::setUser);
            password.ifPresent(options::setPassword);
            return Optional.of(options.setCachePreparedStatements(true));
        } catch (RuntimeException e) {
            // not the exception's message: it may quote the URL, and a URL may hold a password
            LOG.warn("The JDBC URL is not one Vert.x's PostgreSQL client reads: reads that would use it take their blocking path");
            return Optional.empty();
        }
    }

    /** The pool, unless the JDBC URL could not be read. */
    public Optional<Pool> pool() {
        return Optional.ofNullable(pool);
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
