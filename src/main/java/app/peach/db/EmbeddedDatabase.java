package app.peach.db;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The service's own PostgreSQL (zonky's binaries, no Docker, no install), used when no JDBC URL is
 * configured. Unlike a test database it keeps its files in a persistent directory and runs durable:
 * zonky starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off}, which suit
 * throwaway databases; both are switched back on here because this database holds coaches' data.
 */
public final class EmbeddedDatabase implements Closeable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "peach";
    public static final String USER = "postgres";
    /** zonky's lock file, held by the process that runs the database. */
    static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(EmbeddedDatabaseSettings settings) throws IOException {
        Files.createDirectories(settings.dataDir());
        clearUnlessOwned(settings.dataDir());
        checkPortFree(settings.port());
        EmbeddedPostgres pg;
        try {
            pg = builder(settings).start();
        } catch (IOException | RuntimeException e) {
            // zonky reports a server that never answered as "Gave up waiting ...", with postgres's reason only in
            // its own log; say where and what, on one line
            throw new EmbeddedDatabaseStartFailure("The embedded PostgreSQL on " + settings.dataDir()
                    + " did not start: " + e.getMessage(), e);
        }
        EmbeddedDatabase db = new EmbeddedDatabase(pg);
        db.createDatabaseIfMissing();
        LOG.infof("Embedded PostgreSQL on port %d, data in %s", pg.getPort(), settings.dataDir());
        return db;
    }

    /**
     * A running Peach holds zonky's lock file in the data directory for as long as it lives. If we can take
     * that lock, whoever started a PostgreSQL still running there (or still exiting) is dead, and what it left
     * is cleared away; if we cannot, the directory belongs to a live process and we must not touch it.
     */
    private static void clearUnlessOwned(Path dataDir) throws IOException {
        if (!Files.exists(dataDir.resolve(OrphanPostmaster.PID_FILE))) {
            return; // no server was left running here (and initdb needs a new directory to stay empty)
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new EmbeddedDatabaseStartFailure("The embedded database directory " + dataDir
                        + " is in use by another running Peach; stop it or set peach.embedded-db.dir to another directory");
            }
            OrphanPostmaster.clear(dataDir);
        } catch (OverlappingFileLockException e) {
            throw new EmbeddedDatabaseStartFailure("The embedded database directory " + dataDir + " is already open in this process", e);
        }
    }

    /** A fixed port that is taken would only show as zonky's 60-s wait for a server that exited at once. */
    private static void checkPortFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // free: closed again at once, for PostgreSQL to take
        } catch (IOException e) {
            throw new EmbeddedDatabaseStartFailure("Port " + port + " for the embedded PostgreSQL (peach.embedded-db.port) is in use");
        }
    }

    private static EmbeddedPostgres.Builder builder(EmbeddedDatabaseSettings settings) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(settings.dataDir())
                .setCleanDataDirectory(false)
                .setPort(settings.port())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Connection connect() throws SQLException {
        return postgres.getDatabase(USER, DATABASE).getConnection();
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("could not create the " + DATABASE + " database", e);
        }
    }

    /** Stops the server cleanly (pg_ctl stop -m fast: a checkpoint, then exit). Idempotent. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
