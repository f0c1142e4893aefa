package vn.thidua.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL left running on the embedded data directory when the application was killed
 * ({@code kill -9}, a power cut of the JVM only): its postmaster still holds the directory, so a
 * new one could not start. It is found through {@code postmaster.pid} and stopped the way an
 * operator would (a shutdown, then a kill of it and its processes), so that the next start works the first time.
 */
final class OrphanPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostgres.class);
    private static final Duration FAST = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE = Duration.ofSeconds(15);

    private OrphanPostgres() {}

    /** The postmaster's process id written in the data directory, if any. */
    static OptionalLong pid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }

    /**
     * Stops a postmaster still running on this data directory, or removes a lock file whose
     * process is gone or is not a PostgreSQL of this directory (a process id reused after a reboot).
     */
    static void stopIfRunning(Path dataDir) throws IOException {
        OptionalLong pid = pid(dataDir);
        if (pid.isEmpty()) {
            return;
        }
        requireNoLiveOwner(dataDir);
        Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !isPostgresOf(process.get(), dataDir)) {
            log.warn(
                    "Removing the stale lock file of the embedded PostgreSQL (process {} is not running it)",
                    pid.getAsLong());
            Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
            return;
        }
        log.warn(
                "An embedded PostgreSQL (process {}) is still running on {} after the application stopped "
                        + "without closing it; stopping it before starting again",
                pid.getAsLong(),
                dataDir);
        // SIGTERM is PostgreSQL's smart shutdown: the dead application's sessions are gone, so it
        // checkpoints and stops at once, and the next start needs no recovery
        if (!stop(process.get(), false, FAST)) {
            log.warn(
                    "PostgreSQL {} did not stop within {} s; killing it and its processes",
                    pid.getAsLong(),
                    FAST.toSeconds());
            if (!stop(process.get(), true, IMMEDIATE)) {
                throw new IllegalStateException("The embedded PostgreSQL (process " + pid.getAsLong() + ") on "
                        + dataDir + " does not stop; stop it by hand before starting the application");
            }
        }
    }

    /**
     * The embedded library holds a lock on {@code epg-lock} for as long as its application runs; the
     * system releases it when that process dies. Held, the PostgreSQL is not an orphan but another
     * running application's (a second start, {@code audit-verify}, a backup): it is never stopped.
     */
    private static void requireNoLiveOwner(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDir);
            }
            lock.release();
        } catch (OverlappingFileLockException heldHere) {
            throw inUse(dataDir);
        }
    }

    private static IllegalStateException inUse(Path dataDir) {
        return new IllegalStateException("The embedded database in " + dataDir + " is in use by another running "
                + "application (or a backup): stop it first, or give this one its own --thidua.db.embedded.data-dir");
    }

    /** Its arguments name exactly this data directory ({@code -D dir}); another user's process shows none. */
    private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D")
                    && Path.of(arguments[i + 1]).toAbsolutePath().normalize().equals(dataDir)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Signals from Java itself, which needs no tool of the system. Killed, the postmaster's own
     * processes go too: a backend left holding the shared memory would stop the next start.
     */
    private static boolean stop(ProcessHandle process, boolean kill, Duration wait) {
        List<ProcessHandle> children = process.descendants().toList();
        boolean signalled = kill ? process.destroyForcibly() : process.destroy();
        if (!signalled) {
            throw new IllegalStateException("Not allowed to stop PostgreSQL process " + process.pid());
        }
        if (kill) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            for (ProcessHandle child : children) {
                child.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop PostgreSQL process " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
