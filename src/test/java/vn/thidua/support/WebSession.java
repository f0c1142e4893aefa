package vn.thidua.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A browser session without a browser: cookies, form login, and the CSRF token of the last page. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String csrf;

    public WebSession(int port) {
        this(
                port,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }

    /** A session over a given browser (its cookie jar), e.g. one that also visits an identity provider. */
    public WebSession(int port, HttpClient browser) {
        this.base = "http://localhost:" + port;
        this.http = browser;
    }

    /** The browser under this session, to visit another site (an identity provider) with the same cookies. */
    public HttpClient browser() {
        return http;
    }

    /** The same browser and cookies, talking to another instance of the application on this machine. */
    public WebSession onPort(int otherPort) {
        WebSession other = new WebSession(otherPort, http);
        other.csrf = csrf;
        return other;
    }

    public static WebSession loggedIn(int port, String username) {
        return loggedIn(port, username, Api.DEMO_PASSWORD);
    }

    public static WebSession loggedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page login = session.postForm("/login", Map.of("username", username, "password", password));
        if (login.status() != 302 || login.location().contains("error")) {
            throw new IllegalStateException(
                    "login failed for " + username + ": " + login.status() + " " + login.location());
        }
        return session;
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return page;
    }

    /** A page requested with extra headers (name, value, name, value...). */
    public Page get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Posts a form with the CSRF token of the last page loaded (a login page is loaded first if none). */
    public Page postForm(String path, Map<String, ?> fields) {
        if (csrf == null) {
            get("/login");
        }
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf);
        return postRaw(path, withToken);
    }

    public Page postRaw(String path, Map<String, ?> fields) {
        String body = fields.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> list ? list.stream() : Stream.of(e.getValue()))
                        .map(v -> encode(e.getKey()) + "=" + encode(v == null ? "" : v.toString())))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Downloads a file (bytes), following nothing. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("download " + path + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a multipart form with one file and the CSRF token of the last page. */
    public Page postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        Multipart multipart = Multipart.of(all, fileField, fileName, content);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
    }

    /**
     * Posts a multipart form with the CSRF token and returns the bytes of the file it answers with (status 200
     * required).
     */
    public byte[] postFileBytes(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        Multipart multipart = Multipart.of(all, fileField, fileName, content);
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", multipart.contentType())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + path + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Page(int status, String body, String location) {}
}
