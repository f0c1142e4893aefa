package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test OpenID Connect provider itself, driven as a client and a browser would: no application context. */
class OidcProviderTest {

    private static final String CLIENT_ID = "thidua";
    private static final String CLIENT_SECRET = "bi-mat-cua-ung-dung";
    /** Made up: nothing listens there, the flow only has to be sent there. */
    private static final String REDIRECT_URI = "http://localhost:1/login/oauth2/code/tinh";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static OidcProvider provider;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        provider = OidcProvider.start(
                CLIENT_ID,
                CLIENT_SECRET,
                REDIRECT_URI,
                List.of(
                        new OidcProvider.Person("nguyen.van.an", "mat-khau-cua-an", "an.nv@langson.gov.vn"),
                        new OidcProvider.Person("tran.thi.binh", "mat-khau-cua-binh", "binh.tt@langson.gov.vn")));
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    @Test
    void publishesItsConfigurationAtTheIssuer() throws Exception {
        assertThat(provider.issuer()).matches("http://localhost:\\d+");
        JsonNode discovery = getJson(provider.discovery());
        assertThat(discovery.get("issuer").asString()).isEqualTo(provider.issuer());
        assertThat(discovery.get("authorization_endpoint").asString())
                .isEqualTo(provider.authorizationEndpoint().toString());
        assertThat(discovery.get("token_endpoint").asString())
                .isEqualTo(provider.tokenEndpoint().toString());
        assertThat(discovery.get("jwks_uri").asString()).startsWith(provider.issuer());
        assertThat(discovery.get("userinfo_endpoint").asString()).startsWith(provider.issuer());
        assertThat(strings(discovery.get("token_endpoint_auth_methods_supported")))
                .contains("client_secret_basic", "client_secret_post");
        assertThat(strings(discovery.get("scopes_supported"))).contains("openid");
        assertThat(getJson(URI.create(discovery.get("jwks_uri").asString())).get("keys"))
                .hasSize(1);
    }

    @Test
    void signsInWithTheAuthorizationCodeFlow() throws Exception {
        String state = UUID.randomUUID().toString();
        String nonce = UUID.randomUUID().toString();
        HttpClient browser = OidcProvider.browser();

        URI back = provider.signIn(browser, authorizationRequest(state, nonce), "nguyen.van.an", "mat-khau-cua-an");

        assertThat(back.toString()).startsWith(REDIRECT_URI + "?");
        Map<String, String> query = query(back);
        assertThat(query).containsEntry("state", state).containsKey("code");
        // the provider's session cookie has its own name (a shared jar must not lose the client's JSESSIONID)
        assertThat(
                        browser.cookieHandler().orElseThrow() instanceof CookieManager manager
                                ? manager.getCookieStore().getCookies().stream()
                                        .map(HttpCookie::getName)
                                        .toList()
                                : List.of())
                .contains(OidcProvider.SESSION_COOKIE)
                .doesNotContain("JSESSIONID");

        HttpResponse<String> tokens = postForm(
                provider.tokenEndpoint(),
                Map.of("grant_type", "authorization_code", "code", query.get("code"), "redirect_uri", REDIRECT_URI),
                true);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode response = JSON.readTree(tokens.body());
        JsonNode idToken = payload(response.get("id_token").asString());
        assertThat(idToken.get("iss").asString()).isEqualTo(provider.issuer());
        assertThat(idToken.get("sub").asString()).isEqualTo("nguyen.van.an");
        assertThat(idToken.get("email").asString()).isEqualTo("an.nv@langson.gov.vn");
        assertThat(idToken.get("preferred_username").asString()).isEqualTo("nguyen.van.an");
        assertThat(idToken.get("nonce").asString()).isEqualTo(nonce);
        assertThat(strings(idToken.get("aud"))).containsExactly(CLIENT_ID);

        // the userinfo endpoint answers for the access token with the same person
        HttpResponse<String> userInfo = http.send(
                HttpRequest.newBuilder(URI.create(provider.issuer() + "/userinfo"))
                        .header(
                                "Authorization",
                                "Bearer " + response.get("access_token").asString())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        JsonNode person = JSON.readTree(userInfo.body());
        assertThat(person.get("sub").asString()).isEqualTo("nguyen.van.an");
        assertThat(person.get("email").asString()).isEqualTo("an.nv@langson.gov.vn");

        // a code is good once
        assertThat(postForm(
                                provider.tokenEndpoint(),
                                Map.of(
                                        "grant_type",
                                        "authorization_code",
                                        "code",
                                        query.get("code"),
                                        "redirect_uri",
                                        REDIRECT_URI),
                                true)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void acceptsTheClientSecretInTheBodyToo() throws Exception {
        URI back = provider.signIn(authorizationRequest("s", "n"), "tran.thi.binh", "mat-khau-cua-binh");
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                query(back).get("code"),
                "redirect_uri",
                REDIRECT_URI,
                "client_id",
                CLIENT_ID,
                "client_secret",
                CLIENT_SECRET));
        HttpResponse<String> tokens = postForm(provider.tokenEndpoint(), form, false);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(payload(JSON.readTree(tokens.body()).get("id_token").asString())
                        .get("email")
                        .asString())
                .isEqualTo("binh.tt@langson.gov.vn");
    }

    @Test
    void aWrongPasswordYieldsNoCode() {
        assertThatThrownBy(() -> provider.signIn(authorizationRequest("s", "n"), "nguyen.van.an", "sai-mat-khau"))
                .isInstanceOfSatisfying(OidcProvider.SignInFailed.class, failed -> {
                    assertThat(failed.page().toString()).startsWith(provider.issuer() + "/login");
                    assertThat(failed.page().getQuery()).contains("error");
                });
    }

    @Test
    void aWrongClientSecretGetsNoTokens() throws Exception {
        URI back = provider.signIn(authorizationRequest("s", "n"), "nguyen.van.an", "mat-khau-cua-an");
        HttpResponse<String> tokens = http.send(
                HttpRequest.newBuilder(provider.tokenEndpoint())
                        .header("Authorization", basic(CLIENT_ID, "sai"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                query(back).get("code"),
                                "redirect_uri",
                                REDIRECT_URI))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).isEqualTo(401);
    }

    private static URI authorizationRequest(String state, String nonce) {
        return UriComponentsBuilder.fromUri(provider.authorizationEndpoint())
                .queryParam("response_type", "code")
                .queryParam("client_id", CLIENT_ID)
                .queryParam("scope", "openid profile email")
                .queryParam("redirect_uri", REDIRECT_URI)
                .queryParam("state", state)
                .queryParam("nonce", nonce)
                .encode()
                .build()
                .toUri();
    }

    private static JsonNode getJson(URI uri) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> postForm(URI uri, Map<String, String> fields, boolean basicAuth)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (basicAuth) {
            request.header("Authorization", basic(CLIENT_ID, CLIENT_SECRET));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((URLEncoder.encode(user, StandardCharsets.UTF_8) + ":"
                                        + URLEncoder.encode(password, StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams().toSingleValueMap().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> URLDecoder.decode(e.getValue(), StandardCharsets.UTF_8)));
    }

    /** The claims of a JWT (its signature is the client's business, not this test's). */
    private static JsonNode payload(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode node) {
        if (node.isArray()) {
            return Arrays.asList(JSON.convertValue(node, String[].class));
        }
        return List.of(node.asString());
    }
}
