package vn.thidua.platform.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * If the embedded PostgreSQL dies under a running application (killed, out of memory), every
 * request would wait for a database that never returns. The application then stops with a
 * non-zero status, so that its supervisor (systemd's Restart=on-failure) starts it again, and the
 * start after it recovers the database.
 */
final class EmbeddedDatabaseWatch implements AutoCloseable {

    /** Exit status of an application whose embedded database died (EX_SOFTWARE of sysexits). */
    static final int DATABASE_DIED = 70;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatch.class);

    private final AtomicBoolean closing = new AtomicBoolean();

    EmbeddedDatabaseWatch(Path dataDir) {
        OrphanPostgres.pid(dataDir).stream()
                .mapToObj(ProcessHandle::of)
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresentOrElse(
                        postmaster -> postmaster.onExit().thenRun(this::died),
                        () -> log.warn("No postmaster.pid in {}: the embedded database is not watched", dataDir));
    }

    private void died() {
        if (closing.get() || shuttingDown()) {
            return;
        }
        log.error(
                "The embedded PostgreSQL stopped while the application was running; the application stops "
                        + "(status {}) so that its supervisor starts it again",
                DATABASE_DIED);
        Thread exit = new Thread(() -> System.exit(DATABASE_DIED), "embedded-database-died");
        exit.start();
        // a shutdown that waits on the dead database must not keep the process alive
        Thread halt = new Thread(
                () -> {
                    try {
                        Thread.sleep(20_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    Runtime.getRuntime().halt(DATABASE_DIED);
                },
                "embedded-database-died-halt");
        halt.setDaemon(true);
        halt.start();
    }

    /** The JVM is already stopping (its hooks may stop PostgreSQL before this watch is closed). */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException alreadyStopping) {
            return true;
        }
    }

    @Override
    public void close() {
        closing.set(true);
    }
}
