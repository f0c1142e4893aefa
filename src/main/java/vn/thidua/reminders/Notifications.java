package vn.thidua.reminders;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.UnitService;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.reminders.internal.NoticeStore;

/** A person's own notices (the bell and its page) and its choice of mail; nobody reads another's. */
@Service
public class Notifications {

    /** The page shows the latest this many. */
    static final int SHOWN = 200;

    private final NoticeStore store;
    private final AuditLog audit;
    private final UnitService units;
    private final AuthorityService authorities;
    private final Checks checks;
    private final Clock clock;

    Notifications(
            NoticeStore store,
            AuditLog audit,
            UnitService units,
            AuthorityService authorities,
            Checks checks,
            Clock clock) {
        this.store = store;
        this.audit = audit;
        this.units = units;
        this.authorities = authorities;
        this.checks = checks;
        this.clock = clock;
    }

    /** The person's notices, newest first, with how many are unread and whether its mail is muted. */
    public record Page(List<Notice> notices, int unread, boolean mailMuted) {}

    @Transactional(readOnly = true)
    public Page page(CurrentUser user) {
        require(user);
        return new Page(store.of(user.id(), SHOWN), store.unread(user.id()), store.mailMuted(user.id()));
    }

    /** The bell's number: 0 for a role reminders are not for, without asking the database. */
    @Transactional(readOnly = true)
    public int unread(CurrentUser user) {
        return Reminders.NOTIFIED.contains(user.role()) ? store.unread(user.id()) : 0;
    }

    /** Marks the person's notice read; refused as not found when it is not the person's. */
    @Transactional
    public String markRead(CurrentUser user, long id) {
        require(user);
        return store.markRead(user.id(), id, clock.instant()).orElseThrow(() -> checks.notFound("reminders.notFound"));
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        require(user);
        return store.markAllRead(user.id(), clock.instant());
    }

    /** Mutes or unmutes the person's reminder mail (the bell stays), audited when it changes. */
    @Transactional
    public void setMailMuted(CurrentUser user, boolean muted) {
        require(user);
        if (store.setMailMuted(user.id(), muted, clock.instant())) {
            audit.record(AuditEvent.by(
                    user,
                    AuditAction.REMINDER_MAIL_CHANGED,
                    authorityOf(user),
                    "thư nhắc hạn của tài khoản " + user.username(),
                    muted ? "Tắt thư nhắc hạn" : "Bật lại thư nhắc hạn"));
        }
    }

    private void require(CurrentUser user) {
        if (!Reminders.NOTIFIED.contains(user.role())) {
            throw checks.forbidden("reminders.refused.role");
        }
    }

    /** The authority whose board reads the audit row: the person's own, its unit's, or its council's. */
    private Long authorityOf(CurrentUser user) {
        if (user.unitId() != null) {
            return units.get(user.unitId()).authorityId();
        }
        if (user.councilMemberId() != null) {
            return authorities.councilMember(user.councilMemberId()).authorityId();
        }
        return user.authorityId();
    }
}
