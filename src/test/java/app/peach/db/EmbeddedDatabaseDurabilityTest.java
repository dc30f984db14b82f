package app.peach.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
        long orphanPid = OrphanPostmaster.find(dir).orElseThrow().pid();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks run
        assertThat(ProcessHandle.of(orphanPid)).as("the postmaster outlives the killed JVM").isPresent();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(dir, 0))) {
            assertThat(notes(db, "crash_probe")).containsExactly("written before SIGKILL");
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
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
            long postmaster = OrphanPostmaster.find(dir).orElseThrow().pid();
            assertThatThrownBy(() -> EmbeddedDatabase.start(new EmbeddedDatabaseSettings(dir, 0)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running Peach");
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isTrue();
        } finally {
            child.destroy(); // SIGTERM: the child's shutdown hook stops its database
            child.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static Process startChild(Path dir, String note) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashedWriter.class.getName(), dir.toString(), note);
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

    private static String durabilitySetting(EmbeddedDatabase db, String name) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
