package vn.thidua.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.support.ProductionInstance;

/**
 * The application as an operator runs it, in processes of its own on the embedded database:
 * killed with {@code kill -9} it leaves its PostgreSQL behind, and the next start must work the
 * first time; when its PostgreSQL dies under it, it must stop with a non-zero status so that a
 * supervisor restarts it, and that start must recover the database.
 */
class EmbeddedRestartTest {

    private static final Duration START = Duration.ofSeconds(120);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();
    private final Path dir = Path.of("target", "restart-test").toAbsolutePath();
    private final Path dataDir = dir.resolve("postgres");

    @Test
    void startsTheFirstTimeAfterKillAndStopsWhenItsDatabaseDies() throws Exception {
        EmbeddedRestore.deleteRecursively(dir);
        Files.createDirectories(dir);

        Process first = start(1);
        long orphan = OrphanPostgres.pid(dataDir).orElseThrow();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the killed application's PostgreSQL lives on as an orphan")
                .contains(true);

        Process second = start(2);
        assertThat(Files.readString(dir.resolve("start-2.log"))).contains("is still running on");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .as("the orphan was stopped by the next start")
                .isFalse();

        // a second application on the same directory (a second unit, audit-verify) leaves the live one alone
        Process intruder = launch(3, ProductionInstance.freePort());
        assertThat(intruder.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(intruder.exitValue()).isNotZero();
        assertThat(Files.readString(dir.resolve("start-3.log"))).contains("is in use by another running application");
        assertThat(second.isAlive()).isTrue();

        long postmaster = OrphanPostgres.pid(dataDir).orElseThrow();
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // SIGKILL, as the out-of-memory killer would
        assertThat(second.waitFor(60, TimeUnit.SECONDS))
                .as("the application stops when its database dies")
                .isTrue();
        assertThat(second.exitValue()).isEqualTo(EmbeddedDatabaseWatch.DATABASE_DIED);
    }

    /** Starts the application and waits for its health to be UP; fails if it exits first. */
    private Process start(int n) throws Exception {
        int port = ProductionInstance.freePort();
        Process process = launch(n, port);
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("start %d exited; see %s", n, dir.resolve("start-" + n + ".log"))
                    .isTrue();
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("start " + n + " not healthy within " + START.toSeconds() + " s");
    }

    private Process launch(int n, int port) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        classpath,
                        "vn.thidua.ThiDuaApplication",
                        "--server.port=" + port,
                        "--thidua.db.embedded.data-dir=" + dataDir,
                        "--thidua.demo-data=false",
                        "--logging.level.root=WARN",
                        "--logging.level.vn.thidua.platform.db=INFO")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("start-" + n + ".log").toFile())
                .start();
        started.add(process);
        return process;
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : started) {
            process.destroyForcibly();
        }
        for (Process process : started) {
            process.waitFor(30, TimeUnit.SECONDS);
        }
        // never leave a PostgreSQL behind, whatever failed
        OrphanPostgres.stopIfRunning(dataDir);
    }
}
