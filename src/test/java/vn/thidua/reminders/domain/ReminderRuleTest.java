package vn.thidua.reminders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.calendar.domain.CalendarEntry;
import vn.thidua.calendar.domain.CalendarEntry.Actor;
import vn.thidua.calendar.domain.CalendarEntry.Kind;

class ReminderRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    private final ReminderRule rule = new ReminderRule(3);

    private static CalendarEntry deadline() {
        return CalendarEntry.day("due-p1-submitted", DUE, "Hạn thẩm định", "Khối", "Ban", "/proposals/1", Kind.DEADLINE)
                .actedOnBy(Actor.BOARD);
    }

    @Test
    void aDeadlineIsToldFromThreeDaysBeforeToItsDayThenLate() {
        assertThat(rule.on(deadline(), DUE.minusDays(4))).isEmpty();
        assertThat(rule.on(deadline(), DUE.minusDays(3))).contains(NoticeKind.SOON);
        assertThat(rule.on(deadline(), DUE)).contains(NoticeKind.SOON);
        assertThat(rule.on(deadline(), DUE.plusDays(1))).contains(NoticeKind.LATE);
        assertThat(rule.on(deadline(), DUE.plusDays(40))).contains(NoticeKind.LATE);
    }

    @Test
    void aSpanIsToldBeforeItClosesAndNeverLate() {
        CalendarEntry window = new CalendarEntry(
                "objections-1",
                DUE.minusDays(5),
                DUE,
                "Kiến nghị",
                "Khối",
                "Các đơn vị",
                "/x",
                Kind.EVENT,
                Set.of(Actor.MEMBERS));
        assertThat(rule.on(window, DUE.minusDays(5))).isEmpty();
        assertThat(rule.on(window, DUE.minusDays(2))).contains(NoticeKind.SOON);
        assertThat(rule.on(window, DUE.plusDays(1))).isEmpty();
    }

    @Test
    void aOneDayStepIsToldAroundItsDaySoThatOneRecordedLateIsStillTold() {
        CalendarEntry launch = CalendarEntry.day("launch-1", DUE, "Phát động", "Khối", "Khối trưởng", "/x", Kind.EVENT)
                .actedOnBy(Actor.MEMBERS);
        assertThat(rule.on(launch, DUE.minusDays(3))).contains(NoticeKind.SOON);
        assertThat(rule.on(launch, DUE.plusDays(3))).contains(NoticeKind.SOON);
        assertThat(rule.on(launch, DUE.plusDays(4))).isEmpty();
    }

    @Test
    void aStepNobodyMustActOnIsNeverTold() {
        CalendarEntry lock = CalendarEntry.day("lock-1", DUE, "Khóa", "Khối", "Ban", "/x", Kind.EVENT);
        assertThat(rule.on(lock, DUE)).isEqualTo(Optional.empty());
        CalendarEntry pastDeadline = CalendarEntry.day("due-p2", DUE, "Hạn", "Khối", "Ban", "/x", Kind.DEADLINE);
        assertThat(rule.on(pastDeadline, DUE.plusDays(1))).isEmpty();
    }

    @Test
    void refusesALeadOutsideAFewDays() {
        assertThatThrownBy(() -> new ReminderRule(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderRule(61)).isInstanceOf(IllegalArgumentException.class);
    }
}
