package app.peach.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's own database keeps committed rows across a clean stop and across a SIGKILL of the JVM
 * that ran it (whose postmaster is then an orphan holding the directory).
 */
class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void shouldKeepRowsAcrossACleanRestart() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(dir, 0));
                Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE probe (note TEXT)");
            s.execute("INSERT INTO probe VALUES ('before restart')");
        }
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(dir, 0))) {
            assertThat(notes(db, "probe")).containsExactly("before restart");
            assertThat(durabilitySetting(db, "fsync")).isEqualTo("on");
            assertThat(durabilitySetting(db, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void shouldComeBackWithEveryCommittedRowAfterSigkill() throws Exception {
        Process child = startChild(dir, "written before SIGKILL");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.contains("COMMITTED")) {
                seen.add(line);
            }
            assertThat(line).as("child output: %s", seen).isNotNull();
        }
        long orphanPid = OrphanPostmaster.recordedPid(dir).orElseThrow();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks run
        assertThat(ProcessHandle.of(orphanPid)).as("the postmaster outlives the killed JVM").isPresent();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(dir, 0))) {
            assertThat(notes(db, "crash_probe")).containsExactly("written before SIGKILL");
            assertThat(running(orphanPid)).as("the orphan was stopped").isFalse();
        }
    }

    /**
     * The crash as it happens to a container or a machine under memory pressure: the JVM and its postmaster
     * are killed together while rows are being committed. The postmaster is then dying or a zombie that
     * {@code postmaster.pid} still names, and its backends are still detaching from the data directory; the
     * next start, at once, must wait for them instead of failing, and find every row it acknowledged.
     */
    @Test
    void shouldStartAtOnceWithEveryAcknowledgedRowAfterSigkillOfTheJvmAndItsPostmaster() throws Exception {
        Process child = startChild(dir, "written before SIGKILL", "keep-writing");
        int acknowledged = 0;
        long postmaster;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while (acknowledged < 200 && (line = out.readLine()) != null) {
                seen.add(line);
                acknowledged = line.startsWith("ACK ") ? Integer.parseInt(line.substring(4)) : acknowledged;
            }
            assertThat(acknowledged).as("child output: %s", seen).isEqualTo(200);
            postmaster = OrphanPostmaster.recordedPid(dir).orElseThrow();
            // both at once, while the writer is still committing: no shutdown hook, no clean stop
            // (through the handle: Process.destroyForcibly would also close the pipe still holding the last ACKs)
            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
            child.toHandle().destroyForcibly();
            while ((line = out.readLine()) != null) { // acknowledgements printed before the child died
                acknowledged = line.startsWith("ACK ") ? Integer.parseInt(line.substring(4)) : acknowledged;
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);

        long started = System.nanoTime();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(dir, 0))) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
            assertThat(notes(db, "crash_probe")).containsExactly("written before SIGKILL");
            // the row in flight at the kill may or may not be there; every acknowledged one must be
            assertThat(count(db, "SELECT count(*) FROM acknowledged WHERE n <= " + acknowledged)).isEqualTo(acknowledged);
            assertThat(durabilitySetting(db, "fsync")).isEqualTo("on");
            assertThat(durabilitySetting(db, "synchronous_commit")).isEqualTo("on");
            assertThat(running(postmaster)).isFalse();
        }
    }

    @Test
    void shouldLeaveADatabaseThatAnotherLiveProcessRunsAlone() throws Exception {
        Process child = startChild(dir, "owned by a live process");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("COMMITTED")) {
                // wait for the child's database
            }
            long postmaster = OrphanPostmaster.recordedPid(dir).orElseThrow();
            assertThatThrownBy(() -> EmbeddedDatabase.start(new EmbeddedDatabaseSettings(dir, 0)))
                    .isInstanceOf(EmbeddedDatabaseStartFailure.class).hasMessageContaining("in use by another running Peach");
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isTrue();
        } finally {
            child.destroy(); // SIGTERM: the child's shutdown hook stops its database
            child.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static Process startChild(Path dir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashedWriter.class.getName(), dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb.start();
    }

    private static List<String> notes(EmbeddedDatabase db, String table) throws Exception {
        List<String> notes = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT note FROM " + table)) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }

    /** Neither gone nor a zombie (dead, waiting for init to reap it, which ProcessHandle calls alive). */
    private static boolean running(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String s = Files.readString(stat);
            return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    private static long count(EmbeddedDatabase db, String query) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String durabilitySetting(EmbeddedDatabase db, String name) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
