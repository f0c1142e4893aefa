package vn.thidua.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.calendar.internal.FeedStore;
import vn.thidua.org.UnitService;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.validation.Checks;

/**
 * Each person's secret calendar link, which a phone subscribes to without signing in. The link carries 256 random
 * bits, shown once; the database keeps their SHA-256 (a secret that cannot be guessed needs no slow hash). Making a
 * new link revokes the old one (audited); a revoked or unknown link answers 404, and a disabled account's too.
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedStore store;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final UnitService units;
    private final Checks checks;
    private final Clock clock;

    CalendarFeeds(
            FeedStore store, UserAccounts accounts, AuditLog audit, UnitService units, Checks checks, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.units = units;
        this.checks = checks;
        this.clock = clock;
    }

    /** A new link for the person, revoking the one it had: the token, the only time it is seen in clear. */
    @Transactional
    public String issue(CurrentUser user) {
        if (!CalendarService.READERS.contains(user.role())) {
            throw checks.forbidden("calendar.refused.role");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        boolean replaced = store.revoke(user.id(), now);
        store.insert(user.id(), sha256(token), now);
        audit.record(AuditEvent.by(
                user,
                AuditAction.CALENDAR_FEED_ISSUED,
                units.authorityOf(user),
                "lịch của tài khoản " + user.username(),
                replaced ? "Tạo liên kết lịch mới; liên kết cũ bị thu hồi" : "Tạo liên kết lịch"));
        return token;
    }

    /** When the person's live link was made, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Instant> live(CurrentUser user) {
        return store.live(user.id());
    }

    /** The enabled account whose live link this is; refused as not found otherwise. */
    @Transactional(readOnly = true)
    public CurrentUser owner(String token) {
        Optional<CurrentUser> owner = token.length() != 43 || !token.matches("[A-Za-z0-9_-]+")
                ? Optional.empty()
                : store.owner(sha256(token)).flatMap(accounts::enabledAccount);
        return owner.filter(u -> CalendarService.READERS.contains(u.role()))
                .orElseThrow(() -> checks.notFound("calendar.feed.notFound"));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
