package app.peach.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start does with a data directory that a dead PostgreSQL left behind, with plain processes standing in
 * for its leftover backends (they, like every PostgreSQL process, work in the data directory).
 */
@EnabledOnOs(OS.LINUX) // the leftovers are found through /proc
class OrphanPostmasterTest {

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private Process other;

    @AfterEach
    void stopOther() throws Exception {
        if (other != null) {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldWaitForLeftoverProcessesThenRemoveTheStalePidFile() throws Exception {
        writePidFile(deadPid());
        other = sleepIn(dir, "1.5");
        long started = System.nanoTime();

        OrphanPostmaster.clear(dir);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(1));
        assertThat(other.isAlive()).as("it was waited for, not killed").isFalse();
        assertThat(other.exitValue()).isZero();
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void shouldFailWithinTheBoundNamingTheProcessesThatStay() throws Exception {
        writePidFile(deadPid());
        other = sleepIn(dir, "60");
        long started = System.nanoTime();

        assertThatThrownBy(() -> OrphanPostmaster.clear(dir)).isInstanceOf(EmbeddedDatabaseStartFailure.class)
                .hasMessageContaining("pids [" + other.pid() + "]").hasMessageContaining("still use " + dir);

        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(OrphanPostmaster.RELEASE_WAIT, OrphanPostmaster.RELEASE_WAIT.plusSeconds(3));
        assertThat(other.isAlive()).as("a process we cannot place is never signalled").isTrue();
        assertThat(dir.resolve("postmaster.pid")).as("kept while something still uses the directory").exists();
    }

    @Test
    void shouldRemoveAPidFileWhosePidNowBelongsToAnotherProgram() throws Exception {
        other = sleepIn(elsewhere, "60");
        writePidFile(other.pid());

        OrphanPostmaster.clear(dir);

        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        assertThat(other.isAlive()).as("not ours to stop").isTrue();
    }

    private void writePidFile(long pid) throws Exception {
        // the first lines of a PostgreSQL 14 postmaster.pid: pid, data directory, start time, port
        Files.writeString(dir.resolve("postmaster.pid"), pid + "\n" + dir + "\n1700000000\n5432\n");
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.pid();
    }

    private static Process sleepIn(Path cwd, String seconds) throws Exception {
        return new ProcessBuilder("sleep", seconds).directory(cwd.toFile()).start();
    }
}
