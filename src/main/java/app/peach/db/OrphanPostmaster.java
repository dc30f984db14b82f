package app.peach.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * The embedded postmaster runs in a session of its own, so when the JVM that started it is killed with
 * SIGKILL it keeps running and holds the data directory ({@code postmaster.pid}). Before a new start we
 * find that orphan and shut it down cleanly (SIGTERM = "smart" shutdown: its clients died with the JVM,
 * so it checkpoints and exits), then start our own on the same files.
 */
final class OrphanPostmaster {
    private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class);
    private static final Duration CLEAN_STOP_WAIT = Duration.ofSeconds(60);

    private OrphanPostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> orphan = find(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        LOG.warnf("Found a running postmaster (pid %d) on %s left by an earlier run; stopping it cleanly",
                postmaster.pid(), dataDir);
        postmaster.destroy();
        try {
            postmaster.onExit().get(CLEAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            LOG.infof("Earlier postmaster (pid %d) stopped", postmaster.pid());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The postmaster left by an earlier run (pid " + postmaster.pid()
                    + ") did not stop within " + CLEAN_STOP_WAIT.toSeconds() + " s; stop it, then start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the earlier postmaster to stop", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
    }

    /** The live postmaster named by {@code postmaster.pid}, if it is really a postgres process. */
    static Optional<ProcessHandle> find(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(OrphanPostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle p) {
        Path cmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains("postgres");
            }
        } catch (IOException e) {
            return false;
        }
        return p.info().command().map(c -> c.contains("postgres")).orElse(false);
    }
}
