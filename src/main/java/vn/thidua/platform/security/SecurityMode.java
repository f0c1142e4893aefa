package vn.thidua.platform.security;

import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The settings of {@link SecuritySettings} resolved for this deployment (embedded demo or production). */
@Component
public class SecurityMode {

    private final SecuritySettings settings;
    private final boolean production;
    private final String publicBaseUrl;

    SecurityMode(SecuritySettings settings, Environment environment) {
        this.settings = settings;
        this.production = !environment.getProperty("thidua.db.url", "").isBlank();
        String configured = settings.publicBaseUrl();
        this.publicBaseUrl = configured == null || configured.isBlank()
                ? "http://localhost:" + environment.getProperty("server.port", "8080")
                : configured.trim().replaceAll("/+$", "");
    }

    public SecuritySettings settings() {
        return settings;
    }

    public boolean httpBasic() {
        return settings.httpBasic() != null ? settings.httpBasic() : !production;
    }

    /** Administrators and boards must sign in with a second factor in production (a setting may say otherwise). */
    public boolean twoFactorRequired(Role role) {
        boolean required = settings.twoFactorRequired() != null ? settings.twoFactorRequired() : production;
        return required && (role == Role.ADMIN || role == Role.BOARD);
    }

    /**
     * The address people reach the application at: links in mails and redirects are built from it, never from a
     * request's Host.
     */
    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    public String publicOrigin() {
        URI uri = URI.create(publicBaseUrl);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
