package vn.thidua.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;

/**
 * Single sign-on with the province's OpenID Connect provider, when {@code thidua.sso.issuer} is set.
 * The provider only says who the person is: its user is matched to an existing, enabled account by
 * username or e-mail and signs in with that account's role and scope; the provider never grants a
 * role, and a person without an account is refused. The provider's discovery document is read on
 * first use, so a provider that is down does not stop the application from starting.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "thidua.sso", name = "issuer")
@EnableConfigurationProperties(SingleSignOn.Settings.class)
public class SingleSignOn {

    static final String REGISTRATION = "sso";
    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    @ConfigurationProperties("thidua.sso")
    public record Settings(String issuer, String clientId, String clientSecret, String name) {}

    private final Settings settings;
    private final UserAccounts accounts;
    private final SecurityMode mode;
    private volatile ClientRegistration registration;

    private final AuditLog audit;

    SingleSignOn(Settings settings, UserAccounts accounts, SecurityMode mode, AuditLog audit) {
        this.audit = audit;
        this.settings = settings;
        this.accounts = accounts;
        this.mode = mode;
    }

    /** The label of the login page's button. */
    public String buttonLabel() {
        return settings.name() == null || settings.name().isBlank() ? "Đăng nhập một lần (SSO)" : settings.name();
    }

    /**
     * Checks the provider's answer (code exchanged for tokens, ID token's signature, issuer, audience
     * and nonce). Part of the web chain's own authentication manager, which has no parent, so that a
     * failed password is counted once.
     */
    AuthenticationProvider authenticationProvider() {
        return new org.springframework.security.oauth2.client.oidc.authentication
                .OidcAuthorizationCodeAuthenticationProvider(
                new org.springframework.security.oauth2.client.endpoint
                        .RestClientAuthorizationCodeTokenResponseClient(),
                new OidcUserService());
    }

    void configure(HttpSecurity http, SignInSteps steps) throws Exception {
        ClientRegistrationRepository repository = id -> REGISTRATION.equals(id) ? registration() : null;
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(repository)
                .successHandler(
                        (request, response, authentication) -> matched(authentication, steps, request, response))
                .failureHandler((request, response, e) -> {
                    log.warn("Single sign-on failed: {}", e.getMessage());
                    response.sendRedirect(request.getContextPath() + "/login?sso=failed");
                }));
    }

    private void matched(
            Authentication authentication, SignInSteps steps, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        OidcUser person = (OidcUser) authentication.getPrincipal();
        // an address the person typed at the provider and nobody checked could be anyone's
        String verifiedEmail = Boolean.TRUE.equals(person.getEmailVerified()) ? person.getEmail() : null;
        var account = accounts.personForSingleSignOn(person.getPreferredUsername(), verifiedEmail);
        if (account.isEmpty()) {
            audit.recordAlone(new AuditEvent(
                    AuditAction.SIGN_IN_SSO_REFUSED,
                    null,
                    String.valueOf(person.getPreferredUsername()),
                    null,
                    "đăng nhập một lần",
                    "không khớp tài khoản nào đang dùng (thư điện tử " + person.getEmail()
                            + (Boolean.TRUE.equals(person.getEmailVerified())
                                    ? ", đã xác minh)"
                                    : ", chưa xác minh)")));
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?sso=unknown");
            return;
        }
        steps.signInBySingleSignOn(account.get(), request, response);
    }

    private ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                            .registrationId(REGISTRATION)
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .redirectUri(mode.publicBaseUrl() + "/login/oauth2/code/{registrationId}")
                            .scope("openid", "profile", "email")
                            .build();
                }
                known = registration;
            }
        }
        return known;
    }
}
