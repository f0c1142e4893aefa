package vn.thidua.platform.security;

import java.util.OptionalInt;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;

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
    private final AuditLog audit;

    PasswordSignIn(
            UserAccounts accounts,
            PasswordEncoder encoder,
            AddressThrottle throttle,
            SecurityMode mode,
            AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.mode = mode;
        this.decoyHash = encoder.encode("decoy-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName() == null ? "" : request.getName().trim();
        String password =
                request.getCredentials() == null ? "" : request.getCredentials().toString();
        String address =
                request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (throttle.blocked(address)) {
            // not written to the audit log: the failures that blocked the address are, and a flood
            // of blocked requests must not become a flood of audit rows
            throw refused();
        }
        var found = accounts.credential(username);
        if (found.isEmpty() || found.get().passwordHash() == null || found.get().service()) {
            encoder.matches(password, decoyHash);
            throttle.failed(address);
            audit.recordAlone(
                    found.isEmpty()
                            ? unknown(username, "không có tài khoản này")
                            : accounts.event(
                                    AuditAction.SIGN_IN_FAILED,
                                    found.get(),
                                    "tài khoản chưa kích hoạt hoặc là tài khoản dịch vụ"));
            throw refused();
        }
        UserAccounts.Credential account = found.get();
        long id = account.user().id();
        var attempt = account.enabled() ? accounts.takeAttempt(id) : OptionalInt.empty();
        if (attempt.isEmpty()) {
            // disabled, locked, or its attempts all in flight: refused without looking at the password
            encoder.matches(password, decoyHash);
            throttle.failed(address);
            audit.recordAlone(accounts.event(
                    AuditAction.SIGN_IN_FAILED,
                    account,
                    account.enabled() ? "tài khoản đang tạm khóa" : "tài khoản đã bị khóa"));
            throw refused();
        }
        if (!encoder.matches(password, account.passwordHash())) {
            accounts.attemptFailed(id, attempt.getAsInt(), AuditAction.SIGN_IN_FAILED);
            throttle.failed(address);
            throw refused();
        }
        SignInStage stage = SignInStage.of(
                account.totpEnrolled(),
                false,
                account.mustChangePassword(),
                mode.twoFactorRequired(account.user().role()));
        if (stage == SignInStage.TOTP) {
            // half-way in: the failures before it still count until the code is given
            accounts.releaseAttempt(id);
        } else {
            accounts.recordSuccess(id);
        }
        return new SignedInUser(account.user(), stage, false, SignedInUser.Method.PASSWORD).authentication();
    }

    private static AuditEvent unknown(String username, String why) {
        String typed = username.length() > 60 ? username.substring(0, 60) + "…" : username;
        return new AuditEvent(
                AuditAction.SIGN_IN_FAILED, null, typed.isEmpty() ? "(trống)" : typed, null, "đăng nhập", why);
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("sign-in refused");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
