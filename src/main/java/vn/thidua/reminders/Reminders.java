package vn.thidua.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSender;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.AccountView;
import vn.thidua.calendar.CalendarService;
import vn.thidua.calendar.domain.CalendarEntry;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.reminders.domain.NoticeKind;
import vn.thidua.reminders.domain.ReminderRule;
import vn.thidua.reminders.internal.NoticeStore;
import vn.thidua.reminders.internal.NoticeStore.NewNotice;

/**
 * The daily reminder run: every instance checks every few minutes whether the day's run time
 * ({@code thidua.reminders.run-at}, Vietnam's time, by the application's clock) has come, and the first to insert the
 * day's row in {@code reminder_run} runs it. For each person of each authority it asks the calendar which steps the
 * person must act on ({@link CalendarService#duties}), gives each a notice when {@link ReminderRule} says so (a row
 * unique on person, step and kind: inserted once whatever runs), mails the person the notices its run inserted (unless
 * muted), and mails each board member the day's digest of what is late (a row per person and day).
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** The roles reminders are for: those who act on a step of the cycle. */
    public static final Set<Role> NOTIFIED = Set.of(Role.BOARD, Role.UNIT_OFFICER, Role.COUNCIL_MEMBER, Role.DECIDER);

    /** A day's run still unfinished after this long has lost its instance: another takes it over. */
    static final Duration TAKE_OVER_AFTER = Duration.ofHours(1);

    private final String instance = UUID.randomUUID().toString();
    private final NoticeStore store;
    private final CalendarService calendar;
    private final AuthorityService authorities;
    private final AccountService accounts;
    private final UserAccounts users;
    private final ReminderMails mails;
    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final ReminderRule rule;
    private final LocalTime runAt;
    private final boolean enabled;

    Reminders(
            NoticeStore store,
            CalendarService calendar,
            AuthorityService authorities,
            AccountService accounts,
            UserAccounts users,
            ReminderMails mails,
            Notifications notifications,
            ObjectProvider<JavaMailSender> sender,
            Clock clock,
            @Value("${thidua.reminders.days-before:3}") int daysBefore,
            @Value("${thidua.reminders.run-at:07:00}") LocalTime runAt,
            @Value("${thidua.reminders.enabled:true}") boolean enabled) {
        this.store = store;
        this.calendar = calendar;
        this.authorities = authorities;
        this.accounts = accounts;
        this.users = users;
        this.mails = mails;
        this.notifications = notifications;
        this.sender = sender;
        this.clock = clock;
        this.rule = new ReminderRule(daysBefore);
        this.runAt = runAt;
        this.enabled = enabled;
    }

    @Scheduled(
            fixedDelayString = "${thidua.reminders.check-every:PT10M}",
            initialDelayString = "${thidua.reminders.first-check:PT2M}")
    void tick() {
        if (enabled) {
            runIfDue(sender.getIfAvailable());
        }
    }

    /** Today's run once its time has come by the application's clock: as {@link #run}, or empty before its time. */
    Optional<Integer> runIfDue(@Nullable MailSender mail) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (now.toLocalTime().isBefore(runAt)) {
            return Optional.empty();
        }
        return Optional.of(run(now.toLocalDate(), mail));
    }

    /** The day's run if no instance has claimed it: the notices it inserted, or -1 when it was not this one's. */
    int run(LocalDate day, @Nullable MailSender mail) {
        if (!store.claimRun(day, instance, clock.instant(), TAKE_OVER_AFTER)) {
            return -1;
        }
        int notices = 0;
        for (AuthorityView authority : authorities.all()) {
            try {
                notices += remind(day, mail, authority.id());
            } catch (RuntimeException e) {
                // one authority's fault must not keep the others' people from their reminders
                log.error("Reminders of authority {} for {} failed", authority.id(), day, e);
            }
        }
        store.finishRun(day, notices, clock.instant());
        log.info("Reminders for {}: {} notices", day, notices);
        return notices;
    }

    /** One authority's people on a day: the notices inserted (and mailed) by this call. Safe to repeat or race. */
    int remind(LocalDate day, @Nullable MailSender mail, long authorityId) {
        Set<Integer> years = Set.of(day.getYear() - 1, day.getYear());
        int inserted = 0;
        for (AccountView account : accounts.peopleOf(authorityId)) {
            if (!NOTIFIED.contains(account.role())) {
                continue;
            }
            Optional<CurrentUser> user = users.enabledAccount(account.id());
            if (user.isEmpty()) {
                continue;
            }
            List<Notice> fresh = new ArrayList<>();
            Instant now = clock.instant();
            for (CalendarEntry entry : calendar.duties(user.get(), years)) {
                Optional<NoticeKind> kind = rule.on(entry, day);
                if (kind.isEmpty()) {
                    continue;
                }
                NewNotice notice = new NewNotice(
                        entry.uid(),
                        kind.get(),
                        entry.title(),
                        entry.blocName(),
                        entry.who(),
                        ReminderRule.dueOn(entry),
                        entry.path());
                store.insert(account.id(), notice, now).ifPresent(id -> fresh.add(notice(id, notice, now)));
            }
            inserted += fresh.size();
            if (!fresh.isEmpty()) {
                notifications.forget(account.id());
            }
            boolean mailable = mail != null && account.email() != null && !store.mailMuted(account.id());
            if (mailable && !fresh.isEmpty() && mails.notices(mail, account, fresh)) {
                fresh.forEach(n -> store.mailed(n.id(), clock.instant()));
            }
            if (mailable && account.role() == Role.BOARD) {
                digest(day, mail, account, user.get(), years);
            }
        }
        return inserted;
    }

    /**
     * What is late in the board's bloc years, mailed once a day to each of its people (nothing when nothing is late).
     */
    private void digest(LocalDate day, MailSender mail, AccountView account, CurrentUser board, Set<Integer> years) {
        List<CalendarEntry> late = calendar.entries(board, years).stream()
                .filter(e -> e.state(day) == CalendarEntry.State.LATE)
                .toList();
        if (!late.isEmpty()
                && store.claimDigest(account.id(), day, late.size())
                && mails.digest(mail, account, day, late)) {
            store.digestSent(account.id(), day, clock.instant());
        }
    }

    private static Notice notice(long id, NewNotice n, Instant now) {
        return new Notice(id, n.entryKey(), n.kind(), n.title(), n.blocName(), n.who(), n.dueOn(), n.path(), now, null);
    }
}
