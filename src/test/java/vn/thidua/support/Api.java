package vn.thidua.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script calling /api/v1 as another system would: HTTP Basic and JSON, no cookie, no CSRF token. */
public final class Api {

    public static final String DEMO_PASSWORD = "ThiDua@2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final Map<String, String> headers;

    private Api(int port, String authorization) {
        this(port, authorization, Map.of());
    }

    private Api(int port, String authorization, Map<String, String> headers) {
        this.base = "http://localhost:" + port;
        this.port = port;
        this.authorization = authorization;
        this.headers = headers;
    }

    private final int port;

    /** Another system calling with a service account's token. */
    public static Api bearer(int port, String token) {
        return new Api(port, "Bearer " + token);
    }

    /** The same caller sending one more header on every request (an Origin, say). */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(port, authorization, more);
    }

    public Response patch(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Api as(int port, String username) {
        return as(port, username, DEMO_PASSWORD);
    }

    public static Api as(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(port, "Basic " + token);
    }

    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postText(String path, String text) {
        return send(request(path).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** Posts a multipart form with one file, as a script uploading evidence or a workbook would. */
    public Response postFile(String path, Map<String, String> fields, String fileName, byte[] content) {
        Multipart multipart = Multipart.of(fields, "file", fileName, content);
        return send(request(path)
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
    }

    /** Posts a multipart form whose file part has its own name (a written opinion's "letter"), with text fields. */
    public Response postParts(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        return postFile(path, fields, fileField, fileName, content);
    }

    /** Posts a multipart form whose file goes in the named part. */
    public Response postFile(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        Multipart multipart = Multipart.of(fields, fileField, fileName, content);
        return send(request(path)
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
    }

    /** The bytes of a download; fails the test unless the status is 200. */
    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response =
                    http.send(request(path, "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + ": " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return request(path, "application/json");
    }

    private HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, String contentType) {

        /** This response, or a failure naming the status and body when the status is not one expected. */
        public Response expect(int... expected) {
            for (int status : expected) {
                if (status == this.status) {
                    return this;
                }
            }
            throw new AssertionError(
                    "HTTP " + status + " where " + Arrays.toString(expected) + " was expected: " + body);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public long id() {
            return json().get("id").asLong();
        }
    }

    /** Builds a JSON object from alternating keys and values (strings quoted, numbers, lists and null as is). */
    public static String json(Object... keyValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.putPOJO((String) keyValues[i], keyValues[i + 1]);
        }
        return JSON.writeValueAsString(node);
    }
}
