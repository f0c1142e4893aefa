package vn.thidua.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.support.oidc.ProviderConfiguration;
import vn.thidua.support.oidc.ProviderSetup;

/**
 * A real OpenID Connect provider (Spring Security's authorization server) on a random localhost port,
 * in its own Spring context: the province's identity provider, for tests of "sign in with the province".
 *
 * <p>One client ({@code clientId}, {@code clientSecret}, one registered redirect URI; client_secret_basic or
 * client_secret_post; PKCE optional; no consent screen), scopes openid, profile, email, and a form login
 * for the given people. ID tokens carry {@code sub} = username, {@code email}, {@code preferred_username};
 * so does the userinfo endpoint for the scopes granted. Discovery is at
 * {@code issuer() + "/.well-known/openid-configuration"}.
 *
 * <p>The provider's session cookie is {@value #SESSION_COOKIE}, not JSESSIONID: cookies do not tell ports
 * apart, so with one cookie jar for the application and the provider (as in a browser) two JSESSIONIDs on
 * localhost would overwrite each other and the application would lose the authorization request it saved.
 */
public final class OidcProvider implements AutoCloseable {

    /** The provider's session cookie name. */
    public static final String SESSION_COOKIE = "OIDC_PROVIDER_SESSION";

    /** Someone the provider knows; {@code emailVerified} false for an address the person typed and nobody checked. */
    public record Person(String username, String password, String email, boolean emailVerified) {
        public Person {
            Objects.requireNonNull(username);
            Objects.requireNonNull(password);
            Objects.requireNonNull(email);
        }

        public Person(String username, String password, String email) {
            this(username, password, email, true);
        }
    }

    /** The provider did not send the browser back to the client: the sign-in was refused (or never completed). */
    public static final class SignInFailed extends RuntimeException {
        private final URI page;

        SignInFailed(URI page, int status) {
            super("the provider did not redirect back to the client; it stopped at " + page + " (HTTP " + status + ")");
            this.page = page;
        }

        /** Where the provider stopped (for a wrong password: its login page with {@code ?error}). */
        public URI page() {
            return page;
        }
    }

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final int MAX_REDIRECTS = 10;

    private final ConfigurableApplicationContext context;
    private final URI issuer;

    private OidcProvider(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.issuer = URI.create("http://localhost:" + port);
    }

    /** Starts a provider (a couple of seconds) knowing one client and these people. */
    public static OidcProvider start(String clientId, String clientSecret, String redirectUri, List<Person> people) {
        ProviderSetup setup = new ProviderSetup(clientId, clientSecret, redirectUri, people);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderConfiguration.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("providerSetup", setup))
                .registerShutdownHook(false)
                // command-line arguments, so that they win over whatever the test JVM's environment says
                .run(
                        "--spring.config.name=oidc-provider", // not the application's application.properties (port 8080
                        // ...)
                        "--spring.application.name=oidc-provider",
                        "--server.port=0",
                        "--server.shutdown=immediate",
                        "--server.servlet.session.cookie.name=" + SESSION_COOKIE,
                        "--spring.main.banner-mode=off",
                        "--spring.main.log-startup-info=false",
                        "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new OidcProvider(context, port);
    }

    /**
     * {@code http://localhost:<port>}, no trailing slash; the issuer of its tokens and the base of its discovery.
     * The provider takes its issuer from the Host of each request (the port is only known once it listens), so
     * reach it as {@code localhost}, never {@code 127.0.0.1}, or the {@code iss} of its tokens will not match.
     */
    public String issuer() {
        return issuer.toString();
    }

    /** {@code issuer() + "/.well-known/openid-configuration"}. */
    public URI discovery() {
        return URI.create(issuer + "/.well-known/openid-configuration");
    }

    /** The authorization endpoint (as in the discovery document). */
    public URI authorizationEndpoint() {
        return URI.create(issuer + "/oauth2/authorize");
    }

    /** The token endpoint (as in the discovery document). */
    public URI tokenEndpoint() {
        return URI.create(issuer + "/oauth2/token");
    }

    @Override
    public void close() {
        context.close();
    }

    /** A cookie-keeping HTTP client that follows no redirect: what {@link #signIn} needs (one per browser). */
    public static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** {@link #signIn(HttpClient, URI, String, String)} in a fresh {@link #browser()}. */
    public URI signIn(URI authorizationRequest, String username, String password) {
        return signIn(browser(), authorizationRequest, username, password);
    }

    /**
     * What the person does in the browser at the provider: opens the authorization request, is sent to the
     * login form, submits it (with the form's CSRF token), and follows the provider's redirects until the
     * provider sends the browser away. Returns that redirect (normally {@code redirectUri?code=...&state=...};
     * an OAuth error such as {@code ?error=...} comes back the same way) without following it.
     *
     * @param browser a client with a cookie handler and {@link HttpClient.Redirect#NEVER}, see {@link #browser()};
     *                the same one may also talk to the application, like a real browser
     * @throws SignInFailed if the provider keeps the browser (a wrong password: its login page with an error)
     */
    public URI signIn(HttpClient browser, URI authorizationRequest, String username, String password) {
        if (browser.followRedirects() != HttpClient.Redirect.NEVER
                || browser.cookieHandler().isEmpty()) {
            throw new IllegalArgumentException(
                    "signIn needs a client with cookies that follows no redirect (OidcProvider.browser())");
        }
        if (!atProvider(authorizationRequest)) {
            throw new IllegalArgumentException(authorizationRequest + " is not at this provider (" + issuer + ")");
        }
        Response response = follow(browser, authorizationRequest, get(browser, authorizationRequest));
        if (response.redirect() != null) {
            return response.redirect(); // already signed in at the provider in this browser
        }
        String page = response.body();
        String csrf = csrfToken(page);
        Matcher action = FORM_ACTION.matcher(page);
        if (csrf == null || !action.find()) {
            throw new SignInFailed(response.uri(), response.status());
        }
        URI login = response.uri().resolve(action.group(1).replace("&amp;", "&"));
        String form = form(Map.of("username", username, "password", password, "_csrf", csrf));
        HttpResponse<String> posted = send(
                browser,
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        Response after = follow(browser, login, posted);
        if (after.redirect() == null) {
            throw new SignInFailed(after.uri(), after.status());
        }
        return after.redirect();
    }

    /** Where a chain of redirects ended: either a redirect away from the provider, or a page at the provider. */
    private record Response(URI uri, int status, String body, URI redirect) {}

    private Response follow(HttpClient browser, URI uri, HttpResponse<String> response) {
        for (int hops = 0; ; hops++) {
            if (!isRedirect(response.statusCode())) {
                return new Response(uri, response.statusCode(), response.body(), null);
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                throw new IllegalStateException("redirect without Location from " + uri);
            }
            URI next = uri.resolve(location);
            if (!atProvider(next)) {
                return new Response(uri, response.statusCode(), response.body(), next);
            }
            if (hops == MAX_REDIRECTS) {
                throw new IllegalStateException("too many redirects at the provider, last " + next);
            }
            uri = next;
            response = get(browser, next);
        }
    }

    private boolean atProvider(URI uri) {
        return issuer.getScheme().equalsIgnoreCase(uri.getScheme())
                && issuer.getHost().equalsIgnoreCase(uri.getHost())
                && issuer.getPort() == uri.getPort();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) {
        return send(browser, HttpRequest.newBuilder(uri).GET());
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) {
        try {
            // a browser's Accept: the provider sends an anonymous text/html request to its login page
            return browser.send(
                    request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrfToken(String page) {
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("name=\"_csrf\"")) {
                Matcher value = VALUE.matcher(tag);
                return value.find() ? value.group(1) : null;
            }
        }
        return null;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
