package vn.thidua.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.support.ProductionInstance;
import vn.thidua.support.WebSession;

/**
 * The external database goes away under a running instance and comes back: meanwhile every
 * answer is a quick 503 in Vietnamese (sign-in, pages, API, health), never "wrong password"; once
 * it is back the instance serves again without a restart.
 */
class DatabaseOutageTest {

    private static final String ADMIN = "quantri.outage";
    private static final String PASSWORD = "Mat-khau-dau-tien-2026";
    private static final String OUTAGE = "tạm thời mất kết nối cơ sở dữ liệu";

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedPostgres database;
    private ProductionInstance instance;
    private Path dataDir;

    @Test
    void answersServiceUnavailableWhileTheDatabaseIsDownAndRecoversAfter() throws Exception {
        dataDir = Files.createTempDirectory("thidua-outage-pg");
        int dbPort = ProductionInstance.freePort();
        // kept on close (a clean directory would be removed when the server stops): the same data comes back
        database = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(dbPort)
                .start();
        instance = ProductionInstance.start(
                database,
                ProductionInstance.freePort(),
                "--thidua.admin.username=" + ADMIN,
                "--thidua.admin.password=" + PASSWORD,
                "--thidua.db.connection-timeout=1s");
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        WebSession browser = new WebSession(instance.port());
        assertThat(browser.get("/login").status()).isEqualTo(200);

        database.close();

        long asked = System.nanoTime();
        WebSession.Page signIn = browser.postForm("/login", Map.of("username", ADMIN, "password", PASSWORD));
        assertThat(Duration.ofNanos(System.nanoTime() - asked))
                .as("no 30-second wait")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(signIn.status()).isEqualTo(503);
        assertThat(signIn.body()).contains(OUTAGE).doesNotContain("Tên đăng nhập hoặc mật khẩu");
        assertThat(signIn.location()).as("not sent back to the form").isEmpty();

        WebSession.Page fresh = new WebSession(instance.port())
                .postForm("/login", Map.of("username", ADMIN, "password", "sai-mat-khau"));
        assertThat(fresh.status()).as("a new visitor too").isEqualTo(503);

        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(URI.create(instance.base() + "/api/v1/units"))
                        .header("Authorization", "Bearer tdk_khong-co-that")
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(api.body()).contains("DATABASE_UNAVAILABLE", OUTAGE);

        assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness").statusCode())
                .as("the process itself is alive")
                .isEqualTo(200);

        database = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(dbPort)
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get("/actuator/health").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        WebSession.Page again =
                new WebSession(instance.port()).postForm("/login", Map.of("username", ADMIN, "password", PASSWORD));
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(instance.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void stop() throws Exception {
        if (instance != null) {
            instance.close();
        }
        if (database != null) {
            database.close();
        }
        if (dataDir != null) {
            EmbeddedRestore.deleteRecursively(dataDir);
        }
    }
}
