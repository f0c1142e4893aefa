package vn.thidua.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ThiDuaApplication;

/** What the benchmarks share: the application started for a measurement, and its rows written in bulk. */
final class BenchApp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private BenchApp() {}

    /**
     * The application on a fresh embedded PostgreSQL in target/bench-postgres, without demo data,
     * logging warnings only, on a free port; {@code more} arguments after those (a later one wins).
     */
    static ConfigurableApplicationContext start(String... more) {
        return startOn("target/bench-postgres", true, more);
    }

    /** The same on the given data folder, emptied first or not ({@code clean}). */
    static ConfigurableApplicationContext startOn(String dataDir, boolean clean, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--thidua.db.embedded.data-dir=" + dataDir,
                "--thidua.db.embedded.clean=" + clean,
                "--thidua.demo-data=false",
                "--logging.level.root=WARN",
                "--server.port=0"));
        // Spring joins a repeated option's values ("false,true"): a default given again in more is dropped
        for (String m : more) {
            String key = m.contains("=") ? m.substring(0, m.indexOf('=') + 1) : m;
            args.removeIf(a -> a.startsWith(key));
        }
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ThiDuaApplication.class).run(args.toArray(String[]::new));
    }

    /** The benchmark's own province, "bench": answers its id. */
    static long province(JdbcClient jdbc) {
        return jdbc.sql("INSERT INTO authority (code, name, kind) VALUES ('bench', 'Tỉnh đo hiệu năng', 'PROVINCE')"
                        + " RETURNING id")
                .query(Long.class)
                .single();
    }

    /** The id the next person written by COPY takes (COPY bypasses the sequence). */
    static long nextSubjectId(JdbcClient jdbc) {
        return jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM subject")
                .query(Long.class)
                .single();
    }

    /**
     * A browser's session (its cookie) after the login form, over HTTP/1.1 with keep-alive. The form must lead on
     * (302) to a page, not back to an error nor to the password change (a session that could read nothing).
     */
    static HttpClient signIn(String base, String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("password")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + location);
        }
        return http;
    }

    /** One line of COPY's text format: the cells separated by tabs. */
    static void line(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cells[i]);
        }
        out.append('\n');
    }
}
