package app.peach.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Clears the data directory of what an earlier run left behind, so that PostgreSQL can start on it.
 * <p>
 * The embedded postmaster runs in a session of its own. When only the JVM that started it is killed
 * (SIGKILL), the postmaster keeps running: an orphan, stopped here. When both are killed together, the
 * postmaster is dying or a zombie that nobody has reaped yet, and its backends are still detaching from
 * the shared memory. PostgreSQL refuses to start while {@code postmaster.pid} names a process that
 * {@code kill(pid, 0)} still finds (a zombie counts) or while the old shared memory has processes attached,
 * so we wait, bounded, for every process that uses the directory to be gone, then remove the stale
 * {@code postmaster.pid}: with nothing attached any more it protects nothing.
 * <p>
 * "Uses the directory" is read from {@code /proc/<pid>/cwd}: every PostgreSQL process works in its data
 * directory, and a process that has got that far in exiting has already let go of the shared memory and
 * its files. Without {@code /proc} (macOS) only the postmaster named in {@code postmaster.pid} is known.
 * <p>
 * Callers hold zonky's lock file first, so no live Peach owns anything found here.
 */
final class OrphanPostmaster {
    private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    /** A running orphan gets this long for a smart shutdown (its clients died with the JVM; it checkpoints). */
    static final Duration CLEAN_STOP_WAIT = Duration.ofSeconds(10);
    /** How long processes of a killed postmaster get to exit and be reaped; normally well under a second. */
    static final Duration RELEASE_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 50;
    private static final Path PROC = Path.of("/proc");

    private OrphanPostmaster() {
    }

    static void clear(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        OptionalLong recorded = recordedPid(dataDir);
        Set<Long> users = processesUsing(dataDir, recorded);
        if (recorded.isPresent() && users.contains(recorded.getAsLong()) && running(recorded.getAsLong())) {
            stopRunning(dataDir, recorded.getAsLong());
        } else if (!users.isEmpty()) {
            LOG.infof("Waiting up to %d s for the processes of an earlier PostgreSQL (pids %s) to let go of %s",
                    RELEASE_WAIT.toSeconds(), users, dataDir);
            if (!awaitReleased(dataDir, recorded, RELEASE_WAIT)) {
                throw new EmbeddedDatabaseStartFailure("Processes of an earlier PostgreSQL (pids "
                        + processesUsing(dataDir, recorded) + ") still use " + dataDir + " after "
                        + RELEASE_WAIT.toSeconds() + " s; stop them, then start again");
            }
        }
        if (Files.deleteIfExists(pidFile)) {
            LOG.infof("Removed the stale %s of the earlier postmaster (%s)", PID_FILE,
                    recorded.isPresent() ? describe(recorded.getAsLong()) : "no pid in it");
        }
    }

    /** Smart shutdown first; a postmaster that will not stop in time is killed and its processes awaited. */
    private static void stopRunning(Path dataDir, long pid) throws IOException {
        LOG.warnf("Found a running postmaster (pid %d) on %s left by an earlier run; stopping it cleanly", pid, dataDir);
        OptionalLong recorded = OptionalLong.of(pid);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        if (awaitReleased(dataDir, recorded, CLEAN_STOP_WAIT)) {
            LOG.infof("Earlier postmaster (pid %d) stopped", pid);
            return;
        }
        // Safe for the data: fsync is on, so the next start replays the WAL as after any crash.
        LOG.warnf("Earlier postmaster (pid %d) did not stop within %d s; killing it", pid, CLEAN_STOP_WAIT.toSeconds());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        if (!awaitReleased(dataDir, recorded, RELEASE_WAIT)) {
            throw new EmbeddedDatabaseStartFailure("The postmaster left by an earlier run (pid " + pid
                    + ") or its processes still use " + dataDir + " after it was killed; stop them, then start again");
        }
    }

    private static boolean awaitReleased(Path dataDir, OptionalLong recorded, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!processesUsing(dataDir, recorded).isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the earlier PostgreSQL to exit", e);
            }
        }
        return true;
    }

    /** The pid on the first line of {@code postmaster.pid}, if the file is there and names one. */
    static OptionalLong recordedPid(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return OptionalLong.empty();
        }
        try {
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // written half-way by a postmaster killed while starting
        }
    }

    /** Processes (not zombies) working in the data directory, this JVM excepted. */
    static Set<Long> processesUsing(Path dataDir, OptionalLong recorded) throws IOException {
        Set<Long> users = new TreeSet<>();
        if (!Files.isDirectory(PROC)) {
            recorded.stream().filter(pid -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().command()).filter(c -> c.contains("postgres")).isPresent())
                    .forEach(users::add);
            return users;
        }
        Path dir = dataDir.toRealPath();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.map(p -> p.getFileName().toString()).filter(OrphanPostmaster::isPid).map(Long::parseLong)
                    .filter(pid -> pid != self && dir.equals(cwd(pid))).forEach(users::add);
        }
        return users;
    }

    /** A zombie or a process that has gone, or that we may not inspect, has no working directory here. */
    private static Path cwd(long pid) {
        try {
            return Files.readSymbolicLink(PROC.resolve(Long.toString(pid)).resolve("cwd"));
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * Still a running program rather than one on its way out: a process that has been killed drops its
     * memory, and with it its command line, before it becomes a zombie.
     */
    private static boolean running(long pid) {
        if (!Files.isDirectory(PROC)) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            return Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline")).length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String describe(long pid) {
        if (ProcessHandle.of(pid).isEmpty()) {
            return "pid " + pid + ", exited";
        }
        return "pid " + pid + (running(pid) ? ", now the pid of another program" : ", exited, not yet reaped");
    }

    private static boolean isPid(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
