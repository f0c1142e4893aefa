package vn.thidua.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.totp.QrCode;
import vn.thidua.platform.security.totp.RecoveryCodes;
import vn.thidua.platform.security.totp.Totp;
import vn.thidua.platform.security.totp.TotpSecret;

/**
 * The second factor: a TOTP authenticator app (RFC 6238), enrolled by scanning a QR code, and ten
 * one-time recovery codes for a lost phone. A wrong code counts as a failed sign-in of the account,
 * so the code cannot be guessed either; a code is accepted once (its time step is kept).
 */
@Service
public class TwoFactor {

    static final String ISSUER = "Thi đua – Khen thưởng";

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final AddressThrottle throttle;
    private final Clock clock;

    private final AuditLog audit;

    TwoFactor(JdbcClient jdbc, UserAccounts accounts, AddressThrottle throttle, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A secret offered for enrolment (kept in the person's session until it proves its app has it). */
    public record Offer(String secret, String otpauthUri, String qrDataUri) {}

    public Offer offer(CurrentUser user) {
        return offerOf(user, TotpSecret.generate().base32());
    }

    /** The same offer again (a wrong code typed): the person keeps the entry its app already has. */
    public Offer offerOf(CurrentUser user, String secretBase32) {
        TotpSecret secret = TotpSecret.fromBase32(secretBase32);
        String uri = secret.otpauthUri(ISSUER.replace(":", ""), user.username());
        return new Offer(secret.base32(), uri, QrCode.dataUri(uri));
    }

    /** Keeps the secret once a code of it was typed; answers the recovery codes, shown this once. */
    @Transactional
    public Optional<List<String>> enrol(long userId, String secretBase32, String typedCode) {
        TotpSecret secret = TotpSecret.fromBase32(secretBase32);
        OptionalLong step = Totp.verify(secret, typedCode, clock.instant(), Totp.NO_STEP_USED);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql(
                        "UPDATE app_user SET totp_secret = :secret, totp_last_step = :step, version = version + 1 WHERE id = :id AND kind = 'PERSON'")
                .param("secret", secret.base32())
                .param("step", step.getAsLong())
                .param("id", userId)
                .update();
        List<String> codes = newRecoveryCodes(userId);
        accounts.credential(userId)
                .ifPresent(account -> audit.record(accounts.event(
                        AuditAction.TWO_FACTOR_ENROLLED, account, "ứng dụng xác thực và 10 mã khôi phục")));
        return Optional.of(codes);
    }

    /**
     * The code of the authenticator app, or one unused recovery code. Each try is an attempt of the
     * account's sign-in (taken before the check; a locked account is refused unheard) and a wrong one
     * counts for the address too: five wrong codes lock the account as five wrong passwords do.
     */
    // no transaction around it: each statement commits alone, so the counters written in their own
    // transactions never wait on a row this one would hold
    public boolean verify(long userId, String typed, String address) {
        var attempt = accounts.takeAttempt(userId);
        if (attempt.isEmpty()) {
            return false;
        }
        if (matches(userId, typed)) {
            accounts.recordSuccess(userId);
            return true;
        }
        accounts.attemptFailed(userId, attempt.getAsInt(), AuditAction.SECOND_FACTOR_FAILED);
        throttle.failed(address);
        return false;
    }

    private boolean matches(long userId, String typed) {
        var row = jdbc.sql("SELECT totp_secret, totp_last_step FROM app_user WHERE id = :id")
                .param("id", userId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .optional();
        if (row.isEmpty() || row.get()[0] == null || typed == null) {
            return false;
        }
        OptionalLong step =
                Totp.verify(TotpSecret.fromBase32((String) row.get()[0]), typed, clock.instant(), (Long) row.get()[1]);
        // the condition, not a row lock, settles two requests racing with one code: the failure
        // counter below is written in its own transaction and would wait forever on a lock held here
        if (step.isPresent()
                && jdbc.sql("UPDATE app_user SET totp_last_step = :step WHERE id = :id AND totp_last_step < :step")
                                .param("step", step.getAsLong())
                                .param("id", userId)
                                .update()
                        == 1) {
            return true;
        }
        String normalized = RecoveryCodes.normalize(typed);
        if (normalized.length() == RecoveryCodes.LENGTH
                && jdbc.sql("""
                UPDATE recovery_code SET used_at = :now WHERE user_id = :id AND code_sha256 = :hash AND used_at IS NULL""")
                                .param("now", Timestamp.from(clock.instant()))
                                .param("id", userId)
                                .param("hash", RecoveryCodes.sha256Hex(normalized))
                                .update()
                        == 1) {
            return true;
        }
        return false;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long userId) {
        return jdbc.sql("SELECT totp_secret IS NOT NULL FROM app_user WHERE id = :id")
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long userId) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = :id AND used_at IS NULL")
                .param("id", userId)
                .query(Integer.class)
                .single();
    }

    /** Removes the second factor (a lost phone and no recovery code: the administrator or the board decides). */
    @Transactional
    public void remove(long userId) {
        jdbc.sql("UPDATE app_user SET totp_secret = NULL, totp_last_step = 0, version = version + 1 WHERE id = :id")
                .param("id", userId)
                .update();
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = :id")
                .param("id", userId)
                .update();
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = :id")
                .param("id", userId)
                .update();
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            jdbc.sql("INSERT INTO recovery_code (user_id, code_sha256) VALUES (:id, :hash)")
                    .param("id", userId)
                    .param("hash", RecoveryCodes.sha256Hex(RecoveryCodes.normalize(code)))
                    .update();
        }
        return codes;
    }
}
