package app.peach.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseDurabilityTest}: starts the service's embedded database on
 * a directory, commits one row, prints {@code COMMITTED} and then waits to be killed with SIGKILL. With a
 * third argument {@code keep-writing} it goes on committing numbered rows instead of waiting, printing
 * {@code ACK n} once row n is committed, so that the kill lands while writes are in flight.
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
        if (args.length > 2 && args[2].equals("keep-writing")) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS acknowledged (n INT PRIMARY KEY)");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO acknowledged VALUES (?)")) {
                    for (int n = 1;; n++) { // autocommit: each row is its own transaction
                        insert.setInt(1, n);
                        insert.executeUpdate();
                        System.out.println("ACK " + n);
                        System.out.flush();
                    }
                }
            }
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
