package app.peach.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseDurabilityTest}: starts the service's embedded database on
 * a directory, commits one row, prints {@code COMMITTED} and then waits to be killed with SIGKILL.
 */
public final class CrashedWriter {
    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(Path.of(args[0]), 0));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS crash_probe (note TEXT NOT NULL)");
            s.execute("INSERT INTO crash_probe VALUES ('" + args[1] + "')");
        }
        System.out.println("COMMITTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
