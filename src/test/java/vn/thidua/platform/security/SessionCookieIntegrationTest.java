package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/** The session cookie's flags, the session's two time limits, and redirects that never carry a forged Host. */
@IntegrationTest
class SessionCookieIntegrationTest extends ApplicationTestBase {

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> loginPage(Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET();
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindHttps() throws Exception {
        String plain = loginPage(Map.of()).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plain)
                .startsWith("SESSION=")
                .contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
        // the proxy on this machine says the browser came over HTTPS
        String behindHttps = loginPage(Map.of("X-Forwarded-Proto", "https"))
                .headers()
                .firstValue("Set-Cookie")
                .orElseThrow();
        assertThat(behindHttps).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void pagesForbidFramingForeignFormsAndReferersAndAskForHttpsOnceBehindIt() throws Exception {
        var plain = loginPage(Map.of()).headers();
        assertThat(plain.firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'");
        assertThat(plain.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(plain.firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(loginPage(Map.of("X-Forwarded-Proto", "https")).headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
    }

    @Test
    void aSessionEndsAfterTwelveHoursHoweverActiveAndAfterThirtyMinutesIdle() {
        WebSession longDay = WebSession.loggedIn(port, "taichinh.langson");
        assertThat(longDay.get("/blocs").status()).isEqualTo(200);
        jdbc.sql(
                        "UPDATE spring_session SET creation_time = creation_time - :ms WHERE principal_name = 'taichinh.langson'")
                .param("ms", 12L * 3600 * 1000 + 60_000)
                .update();
        assertThat(longDay.get("/blocs").location()).endsWith("/login");

        WebSession idle = WebSession.loggedIn(port, "noivu.langson");
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'noivu.langson'")
                        .query(Integer.class)
                        .list())
                .containsOnly(1800);
        jdbc.sql("""
                UPDATE spring_session SET last_access_time = last_access_time - :ms, expiry_time = expiry_time - :ms
                WHERE principal_name = 'noivu.langson'""").param("ms", 31L * 60 * 1000).update();
        assertThat(idle.get("/blocs").location()).endsWith("/login");
    }

    @Test
    void aSessionAnUpgradeCannotReadSendsItsPersonToTheLoginPageNotToAnErrorPage() {
        WebSession before = WebSession.loggedIn(port, "vanphong.langson");
        assertThat(before.get("/blocs").status()).isEqualTo(200);
        // as if written by a release whose classes differ: the bytes no longer deserialise
        jdbc.sql("""
                UPDATE spring_session_attributes SET attribute_bytes = '\\xaced0005deadbeef'::bytea
                WHERE session_primary_id IN (SELECT primary_id FROM spring_session WHERE principal_name = 'vanphong.langson')""").update();
        WebSession.Page after = before.get("/blocs");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/login");
    }

    @Test
    void aForgedHostNeverReachesARedirect() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /blocs HTTP/1.1\r\nHost: ke-gian.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            List<String> headers = new ArrayList<>();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line);
            }
            assertThat(headers.get(0)).contains("302");
            assertThat(headers).anyMatch(h -> h.equalsIgnoreCase("Location: /login"));
            assertThat(String.join("\n", headers)).doesNotContain("ke-gian.example");
        }
    }
}
