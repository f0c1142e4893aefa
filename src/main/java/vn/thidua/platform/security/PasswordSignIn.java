package vn.thidua.platform.security;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password, for the login form and HTTP Basic alike. Every refusal is the same
 * {@link BadCredentialsException}, whether the account is unknown, disabled, locked or the password
 * wrong, and an unknown name costs the same bcrypt as a known one: nothing tells a guesser which
 * accounts exist. A locked account refuses its right password too. The attempt is counted before
 * bcrypt runs, so requests sent together cannot try more passwords than the limit.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    /** Compared against when the account does not exist, so that the answer takes as long. */
    private final String decoyHash;

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AddressThrottle throttle;
    private final SecurityMode mode;
    private final Clock clock;

    PasswordSignIn(UserAccounts accounts, PasswordEncoder encoder, AddressThrottle throttle, SecurityMode mode, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.mode = mode;
        this.clock = clock;
        this.decoyHash = encoder.encode("decoy-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName() == null ? "" : request.getName().trim();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        String address = request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (throttle.blocked(address)) {
            throw refused();
        }
        var found = accounts.credential(username);
        if (found.isEmpty() || found.get().passwordHash() == null || found.get().service()) {
            encoder.matches(password, decoyHash);
            throttle.failed(address);
            throw refused();
        }
        UserAccounts.Credential account = found.get();
        long id = account.user().id();
        var attempt = account.enabled() ? accounts.takeAttempt(id) : java.util.OptionalInt.empty();
        if (attempt.isEmpty()) {
            // disabled, locked, or its attempts all in flight: refused without looking at the password
            encoder.matches(password, decoyHash);
            throttle.failed(address);
            throw refused();
        }
        if (!encoder.matches(password, account.passwordHash())) {
            accounts.attemptFailed(id, attempt.getAsInt(), "sai mật khẩu");
            throttle.failed(address);
            throw refused();
        }
        SignInStage stage = SignInStage.of(account.totpEnrolled(), false, account.mustChangePassword(),
                mode.twoFactorRequired(account.user().role()));
        if (stage == SignInStage.TOTP) {
            // half-way in: the failures before it still count until the code is given
            accounts.releaseAttempt(id);
        } else {
            accounts.recordSuccess(id);
        }
        return new SignedInUser(account.user(), stage, false, SignedInUser.Method.PASSWORD).authentication();
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("sign-in refused");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
