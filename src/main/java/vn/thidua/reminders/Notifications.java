package vn.thidua.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    private static final Duration COUNT_KEPT = Duration.ofMinutes(1);

    private final Map<Long, Counted> counts = new ConcurrentHashMap<>();

    /** The page shows the latest this many. */
    static final int SHOWN = 200;

    private final NoticeStore store;
    private final AuditLog audit;
    private final UnitService units;
    private final Checks checks;
    private final Clock clock;

    Notifications(NoticeStore store, AuditLog audit, UnitService units, Checks checks, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.units = units;
        this.checks = checks;
        this.clock = clock;
    }

    /** The person's notices, newest first, with how many are unread and whether its mail is muted. */
    public record Page(List<Notice> notices, int unread, boolean mailMuted) {}

    @Transactional(readOnly = true)
    public Page page(CurrentUser user) {
        require(user);
        int unread = store.unread(user.id());
        counts.put(user.id(), new Counted(unread, clock.instant()));
        return new Page(store.of(user.id(), SHOWN), unread, store.mailMuted(user.id()));
    }

    /**
     * The bell's number: 0 for a role reminders are not for, without asking the database. Kept a minute per person on
     * this instance (forgotten at once when the person marks a notice read here), so that the bell adds no statement
     * to a page shown again: notices arrive once a day, and another instance's count is at most a minute behind.
     */
    public int unread(CurrentUser user) {
        if (!Reminders.NOTIFIED.contains(user.role())) {
            return 0;
        }
        Instant now = clock.instant();
        Counted counted = counts.get(user.id());
        if (counted != null
                && counted.at().plus(COUNT_KEPT).isAfter(now)
                && !counted.at().isAfter(now)) {
            return counted.unread();
        }
        if (counts.size() > 50_000) {
            counts.clear();
        }
        int unread = store.unread(user.id());
        counts.put(user.id(), new Counted(unread, now));
        return unread;
    }

    /** After the run inserted notices here, or a person read some: its bell counts again. */
    void forget(long person) {
        counts.remove(person);
    }

    private record Counted(int unread, Instant at) {}

    /** Marks the person's notice read; refused as not found when it is not the person's. */
    @Transactional
    public String markRead(CurrentUser user, long id) {
        require(user);
        forget(user.id());
        return store.markRead(user.id(), id, clock.instant()).orElseThrow(() -> checks.notFound("reminders.notFound"));
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        require(user);
        forget(user.id());
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
                    units.authorityOf(user),
                    "thư nhắc hạn của tài khoản " + user.username(),
                    muted ? "Tắt thư nhắc hạn" : "Bật lại thư nhắc hạn"));
        }
    }

    private void require(CurrentUser user) {
        if (!Reminders.NOTIFIED.contains(user.role())) {
            throw checks.forbidden("reminders.refused.role");
        }
    }
}
