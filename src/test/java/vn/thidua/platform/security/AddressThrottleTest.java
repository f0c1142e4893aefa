package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** One address trying many accounts is refused for the rest of the window, whatever the accounts. */
class AddressThrottleTest {

    private Instant now = Instant.parse("2026-12-03T08:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private AddressThrottle throttle(int failures, Duration window) {
        SecuritySettings settings = new SecuritySettings(
                4,
                5,
                Duration.ofMinutes(15),
                failures,
                window,
                Duration.ofHours(72),
                Duration.ofHours(12),
                null,
                null,
                null);
        return new AddressThrottle(new SecurityMode(settings, new MockEnvironment()), clock);
    }

    @Test
    void refusesAnAddressOnceItsFailuresReachTheLimitWithinTheWindow() {
        AddressThrottle throttle = throttle(3, Duration.ofMinutes(10));
        throttle.failed("10.0.0.7");
        throttle.failed("10.0.0.7");
        assertThat(throttle.blocked("10.0.0.7")).isFalse();
        throttle.failed("10.0.0.7");
        assertThat(throttle.blocked("10.0.0.7")).isTrue();
        assertThat(throttle.blocked("10.0.0.8")).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        AddressThrottle throttle = throttle(3, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.7");
        }
        now = now.plus(Duration.ofMinutes(10)).plusSeconds(1);
        assertThat(throttle.blocked("10.0.0.7")).isFalse();
    }

    @Test
    void theDefaultsFollowTheDeployment() {
        SecuritySettings defaults = new SecuritySettings(
                10,
                5,
                Duration.ofMinutes(15),
                30,
                Duration.ofMinutes(10),
                Duration.ofHours(72),
                Duration.ofHours(12),
                null,
                null,
                null);
        SecurityMode demo = new SecurityMode(defaults, new MockEnvironment());
        SecurityMode production = new SecurityMode(
                defaults, new MockEnvironment().withProperty("thidua.db.url", "jdbc:postgresql://db/thidua"));
        assertThat(demo.httpBasic()).isTrue();
        assertThat(demo.twoFactorRequired(Role.ADMIN)).isFalse();
        assertThat(production.httpBasic()).isFalse();
        assertThat(production.twoFactorRequired(Role.ADMIN)).isTrue();
        assertThat(production.twoFactorRequired(Role.BOARD)).isTrue();
        assertThat(production.twoFactorRequired(Role.UNIT_OFFICER)).isFalse();
        assertThat(demo.publicBaseUrl()).isEqualTo("http://localhost:8080");
    }
}
