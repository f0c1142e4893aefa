package vn.thidua.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The start-up loaders (first administrator, the legal catalogue, the demo data) each check what
 * is there and add what is missing; two instances started together would both find nothing and
 * both add it. They run between "started" and "ready", so an instance holds a PostgreSQL advisory
 * lock for that span: the second waits, then finds everything loaded.
 */
@Component
class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final long KEY = 0x74686964_75610002L;

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationStartedEvent.class)
    synchronized void beforeLoaders() throws SQLException {
        held = dataSource.getConnection();
        long asked = System.nanoTime();
        try (Statement s = held.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + KEY + ")");
        }
        long waited = (System.nanoTime() - asked) / 1_000_000;
        if (waited > 100) {
            log.info("Waited {} ms for another instance to finish loading its start-up data", waited);
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    synchronized void afterLoaders(ApplicationEvent event) throws SQLException {
        if (held == null) {
            return;
        }
        try (Connection connection = held;
                Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } finally {
            held = null;
        }
    }
}
