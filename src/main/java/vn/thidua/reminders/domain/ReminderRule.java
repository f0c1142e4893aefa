package vn.thidua.reminders.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.thidua.calendar.domain.CalendarEntry;

/**
 * Which notice a step of the calendar calls for on a day, {@code lead} days being "a few days before":
 *
 * <ul>
 *   <li>a deadline: SOON from {@code lead} days before its day to the day itself, LATE on any day after it while the
 *       step is still not taken (a taken step leaves the calendar as a deadline);
 *   <li>a span of days (the objection window, công khai): SOON in the {@code lead} days before it closes;
 *   <li>a one-day step (a launch, the opening of the inspections, a conference, a decision): SOON from {@code lead}
 *       days before to {@code lead} days after, so that a step recorded after it happened (a launch entered the next
 *       morning) is still told to those who must now act.
 * </ul>
 *
 * Only an entry with actors is ever notified; which kind is given once per person is the caller's (unique rows).
 */
public final class ReminderRule {

    private final int lead;

    public ReminderRule(int lead) {
        if (lead < 0 || lead > 60) {
            throw new IllegalArgumentException("a reminder's lead is 0 to 60 days: " + lead);
        }
        this.lead = lead;
    }

    public Optional<NoticeKind> on(CalendarEntry entry, LocalDate today) {
        if (entry.actors().isEmpty()) {
            return Optional.empty();
        }
        if (entry.kind() == CalendarEntry.Kind.DEADLINE) {
            if (today.isAfter(entry.end())) {
                return Optional.of(NoticeKind.LATE);
            }
            return within(today, entry.end().minusDays(lead), entry.end());
        }
        if (!entry.oneDay()) {
            return within(today, entry.end().minusDays(lead), entry.end());
        }
        return within(today, entry.start().minusDays(lead), entry.start().plusDays(lead));
    }

    /** The day the notice speaks of: the deadline, the close of a span, the one day. */
    public static LocalDate dueOn(CalendarEntry entry) {
        return entry.end();
    }

    private static Optional<NoticeKind> within(LocalDate today, LocalDate from, LocalDate until) {
        return today.isBefore(from) || today.isAfter(until) ? Optional.empty() : Optional.of(NoticeKind.SOON);
    }
}
