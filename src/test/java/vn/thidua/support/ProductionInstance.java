package vn.thidua.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import vn.thidua.ThiDuaApplication;
import vn.thidua.platform.db.EmbeddedCredentials;

/**
 * The application started as a province runs it: on a PostgreSQL of its own (so production mode:
 * no demo data, no HTTP Basic, a second factor for boards), on a port chosen first so that its public
 * address is known before it starts. {@code settings}: more {@code --name=value} arguments.
 */
public record ProductionInstance(ConfigurableApplicationContext context, int port) implements AutoCloseable {

    public static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On a throwaway PostgreSQL of the test's own, open to any local connection as the library starts it. */
    public static ProductionInstance start(EmbeddedPostgres database, int port, String... settings) {
        return start(database, "postgres", "", port, settings);
    }

    /** On the test run's embedded database, which asks for passwords, as the application's own role. */
    public static ProductionInstance start(
            EmbeddedPostgres database, EmbeddedCredentials credentials, int port, String... settings) {
        return start(database, EmbeddedCredentials.APPLICATION_ROLE, credentials.applicationPassword(), port, settings);
    }

    private static ProductionInstance start(
            EmbeddedPostgres database, String user, String password, int port, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--thidua.db.url=" + database.getJdbcUrl(user, EmbeddedCredentials.DATABASE),
                "--thidua.db.user=" + user,
                "--thidua.db.password=" + password,
                "--thidua.security.public-base-url=http://localhost:" + port,
                "--thidua.security.bcrypt-strength=4",
                "--logging.level.root=WARN"));
        args.addAll(List.of(settings));
        // a second instance starting while the first and the rest of the test run load the machine may wait longer
        // than the three seconds a request waits in production before the outage page (a loaded run met a 4.7 s wait)
        if (args.stream().noneMatch(a -> a.startsWith("--thidua.db.connection-timeout="))) {
            args.add("--thidua.db.connection-timeout=30s");
        }
        return new ProductionInstance(
                new SpringApplicationBuilder(ThiDuaApplication.class)
                        .listeners(new OneLoggingSetUpAtATime())
                        .run(args.toArray(String[]::new)),
                port);
    }

    /**
     * Logback is one per JVM and Spring Boot sets it up anew for each application: two instances started at
     * the same moment in one test JVM would set it up over each other ("Unable to find Spring Environment in
     * logger context"). The set-up, from the application's start to its prepared context, takes turns; the rest
     * of the start (migrations, demo data, the web server) still runs side by side.
     */
    private static final class OneLoggingSetUpAtATime implements GenericApplicationListener {

        private static final ReentrantLock TURN = new ReentrantLock();

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return true;
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationStartingEvent) {
                TURN.lock();
            } else if ((event instanceof ApplicationPreparedEvent || event instanceof ApplicationFailedEvent)
                    && TURN.isHeldByCurrentThread()) {
                TURN.unlock();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    public String base() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        context.close();
    }
}
