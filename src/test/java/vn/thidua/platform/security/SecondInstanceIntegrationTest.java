package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.platform.db.EmbeddedCredentials;
import vn.thidua.support.Accounts;
import vn.thidua.support.Api;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.OidcProvider;
import vn.thidua.support.ProductionInstance;
import vn.thidua.support.Registry;
import vn.thidua.support.WebSession;

/**
 * A second instance of the application on the test database, started as a province runs it: an
 * external PostgreSQL (so production mode: no HTTP Basic, a second factor for boards), and single
 * sign-on with an OpenID Connect provider started here. Both instances share their sessions.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondInstanceIntegrationTest {

    private static final String CLIENT = "thidua-langson";
    private static final String SECRET = "bi-mat-cua-ung-dung-khach";

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgres database;

    @Autowired
    EmbeddedCredentials credentials;

    OidcProvider provider;
    ConfigurableApplicationContext second;
    int secondPort;

    @BeforeAll
    void startTheProviderAndASecondInstance() {
        secondPort = ProductionInstance.freePort();
        String base = "http://localhost:" + secondPort;
        provider = OidcProvider.start(
                CLIENT,
                SECRET,
                base + "/login/oauth2/code/sso",
                List.of(
                        new OidcProvider.Person("taichinh.langson", "mk-nha-cung-cap-1", "taichinh@idp.langson.gov.vn"),
                        new OidcProvider.Person("nguyen.van.la", "mk-nha-cung-cap-2", "la@idp.langson.gov.vn"),
                        new OidcProvider.Person("tran.thi.mail", "mk-nha-cung-cap-3", "mail.khop@langson.gov.vn"),
                        new OidcProvider.Person("ban.langson", "mk-nha-cung-cap-4", "ban@idp.langson.gov.vn"),
                        new OidcProvider.Person(
                                "ke.mao.danh", "mk-nha-cung-cap-5", "mail.khop@langson.gov.vn", false)));
        second = ProductionInstance.start(
                        database,
                        credentials,
                        secondPort,
                        "--thidua.sso.issuer=" + provider.issuer(),
                        "--thidua.sso.client-id=" + CLIENT,
                        "--thidua.sso.client-secret=" + SECRET,
                        "--thidua.sso.name=Đăng nhập bằng tài khoản công vụ tỉnh")
                .context();
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aSessionOpenedOnOneInstanceWorksOnTheOtherFormsIncluded() {
        WebSession first = WebSession.loggedIn(port, "taichinh.langson");
        WebSession other = first.onPort(secondPort);
        assertThat(other.get("/blocs").status()).isEqualTo(200);
        // the CSRF token of a page served by one instance is accepted by the other
        first.get("/account");
        assertThat(first.onPort(secondPort)
                        .postForm("/account/sessions/end-others", Map.of())
                        .location())
                .endsWith("/account");
        other.postForm("/logout", Map.of());
        assertThat(first.get("/blocs").status()).isEqualTo(302);
    }

    @Test
    void inProductionHttpBasicIsOffAndBoardsMustEnrolASecondFactor() {
        assertThat(Api.as(secondPort, "admin").get("/api/v1/authorities").status())
                .isEqualTo(401);
        WebSession board = WebSession.loggedIn(secondPort, "ban.quangnam");
        assertThat(board.get("/blocs").location()).endsWith("/account/two-factor");
        assertThat(board.get("/account/two-factor").body()).contains("phải đăng nhập bằng hai yếu tố");
        // an officer is not made to
        assertThat(WebSession.loggedIn(secondPort, "tuphap.quangnam")
                        .get("/blocs")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aProvidersUserSignsInAsTheAccountOfTheSameUsername() {
        WebSession browser = new WebSession(secondPort, OidcProvider.browser());
        assertThat(browser.get("/login").body()).contains("Đăng nhập bằng tài khoản công vụ tỉnh");
        URI back = signInAtProvider(browser, "taichinh.langson", "mk-nha-cung-cap-1");
        WebSession.Page landed = browser.get(back.getPath() + "?" + back.getRawQuery());
        assertThat(landed.location()).endsWith("/");
        assertThat(browser.get("/blocs").status()).isEqualTo(200);
        assertThat(browser.get("/account").body()).contains("Cán bộ TĐKT Sở Tài chính Lạng Sơn", "Cán bộ TĐKT đơn vị");
    }

    @Test
    void aProvidersUserIsMatchedByEmailAndNeverGivenARole() {
        String username = "thu.mail." + Long.toString(System.nanoTime(), 36);
        Accounts.createActivated(
                port,
                Api.as(port, "ban.langson"),
                username,
                "UNIT_OFFICER",
                "unitId",
                new Registry(Api.as(port, "admin")).unit("lang-son", "Sở Nội vụ"),
                "email",
                "mail.khop@langson.gov.vn");
        WebSession browser = new WebSession(secondPort, OidcProvider.browser());
        URI back = signInAtProvider(browser, "tran.thi.mail", "mk-nha-cung-cap-3");
        assertThat(browser.get(back.getPath() + "?" + back.getRawQuery()).location())
                .endsWith("/");
        assertThat(browser.get("/account").body()).contains(username);
        assertThat(browser.get("/accounts").status()).isEqualTo(403);
    }

    @Test
    void anAddressTheProviderDidNotVerifyMatchesNobody() {
        WebSession browser = new WebSession(secondPort, OidcProvider.browser());
        URI back = signInAtProvider(browser, "ke.mao.danh", "mk-nha-cung-cap-5");
        assertThat(browser.get(back.getPath() + "?" + back.getRawQuery()).location())
                .endsWith("/login?sso=unknown");
        assertThat(browser.get("/blocs").status()).isEqualTo(302);
    }

    @Test
    void aProvidersUserWithoutAnAccountIsRefusedInVietnamese() {
        WebSession browser = new WebSession(secondPort, OidcProvider.browser());
        URI back = signInAtProvider(browser, "nguyen.van.la", "mk-nha-cung-cap-2");
        WebSession.Page refused = browser.get(back.getPath() + "?" + back.getRawQuery());
        assertThat(refused.location()).endsWith("/login?sso=unknown");
        assertThat(browser.get("/login?sso=unknown").body()).contains("chưa gắn với tài khoản nào");
        assertThat(Api.as(port, "admin")
                        .get("/api/v1/audit?action=SIGN_IN_SSO_REFUSED&actor=nguyen.van.la")
                        .json())
                .isNotEmpty();
        assertThat(browser.get("/blocs").status()).isEqualTo(302);
    }

    @Test
    void aBoardSigningInThroughTheProviderStillGivesItsSecondFactor() {
        WebSession browser = new WebSession(secondPort, OidcProvider.browser());
        URI back = signInAtProvider(browser, "ban.langson", "mk-nha-cung-cap-4");
        assertThat(browser.get(back.getPath() + "?" + back.getRawQuery()).location())
                .endsWith("/account/two-factor");
        assertThat(browser.get("/blocs").location()).endsWith("/account/two-factor");
    }

    private URI signInAtProvider(WebSession browser, String username, String password) {
        WebSession.Page start = browser.get("/oauth2/authorization/sso");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).startsWith(provider.issuer());
        URI back = provider.signIn(browserOf(browser), URI.create(start.location()), username, password);
        assertThat(back.toString()).startsWith("http://localhost:" + secondPort + "/login/oauth2/code/sso?");
        return back;
    }

    private static HttpClient browserOf(WebSession session) {
        return session.browser();
    }
}
