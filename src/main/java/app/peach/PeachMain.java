package app.peach;

import org.jboss.logging.Logger;

import app.peach.db.EmbeddedDatabase;
import app.peach.db.EmbeddedDatabaseStartFailure;
import app.peach.db.EmbeddedDatabaseSettings;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Peach. With no {@code quarkus.datasource.jdbc.url} (or {@code QUARKUS_DATASOURCE_JDBC_URL}) it
 * first starts the embedded PostgreSQL on its persistent directory and points the datasource at it; the
 * server is stopped again when the JVM stops (zonky's shutdown hook also covers SIGTERM/SIGINT). When that
 * database cannot start, the service says why in one log line and exits with status 1.
 * <p>
 * {@code ./mvnw quarkus:dev} runs this main too, and runs it again after every live reload, in the same JVM:
 * the database started the first time keeps running for the restarted application (the JDBC URL set below is
 * still there, so the second run starts no database) and stops when dev mode exits. Dev mode keeps its files in
 * {@code data/postgres-dev} (set for the {@code dev} goal in the pom), apart from the packaged run's.
 */
@QuarkusMain
public class PeachMain {
    private static final Logger LOG = Logger.getLogger(PeachMain.class);

    public static void main(String... args) throws Exception {
        // The AppCDS training run at build time only loads classes: it must not start a database.
        boolean appCdsTraining = Boolean.getBoolean("quarkus.appcds.generate");
        if (appCdsTraining || EmbeddedDatabaseSettings.externalDatasourceConfigured(System.getenv(), System.getProperties())) {
            Quarkus.run(args);
            return;
        }
        EmbeddedDatabase db;
        try {
            db = EmbeddedDatabase.start(EmbeddedDatabaseSettings.from(System.getenv(), System.getProperties()));
        } catch (EmbeddedDatabaseStartFailure e) {
            // Straight to stderr: until Quarkus.run configures logging, JBoss Logging only buffers records, and
            // exiting drops them. The message says what to do; a stack trace would only bury it.
            System.err.println("ERROR [" + PeachMain.class.getName() + "] Peach cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty("quarkus.datasource.password", "");
        try {
            Quarkus.run(args);
        } finally {
            if (jvmShuttingDown()) {
                LOG.info("Stopping the embedded PostgreSQL");
                db.close();
            } else {
                LOG.info("Quarkus stopped but the JVM goes on (a dev-mode live reload): the embedded PostgreSQL keeps running");
            }
        }
    }

    /** True once the JVM has begun to exit (then no shutdown hook can be added any more). */
    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> {
        });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
        } catch (IllegalStateException e) {
            return true;
        }
        Runtime.getRuntime().removeShutdownHook(probe);
        return false;
    }
}
