package vn.thidua.platform.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of sign-in and sessions (prefix {@code thidua.security}). Two of them default by
 * deployment: with the embedded database (a demo on one machine) HTTP Basic stays on and nobody is
 * made to enrol a second factor, so the README's examples work; with an external database (a
 * province's server) both defaults turn to the safe side.
 */
@ConfigurationProperties("thidua.security")
public record SecuritySettings(
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue("5") int lockoutFailures,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("30") int addressFailures,
        @DefaultValue("10m") Duration addressWindow,
        @DefaultValue("72h") Duration activationValidity,
        @DefaultValue("12h") Duration sessionAbsolute,
        Boolean httpBasic,
        Boolean twoFactorRequired,
        String publicBaseUrl) {

    public SecuritySettings {
        if (lockoutFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException(
                    "thidua.security.lockout-failures and address-failures must be at least 1");
        }
        if (publicBaseUrl != null && !publicBaseUrl.isBlank()) {
            URI uri = URI.create(publicBaseUrl.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "thidua.security.public-base-url must be an absolute URL: " + publicBaseUrl);
            }
        }
    }
}
