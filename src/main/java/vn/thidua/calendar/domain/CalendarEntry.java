package vn.thidua.calendar.domain;

import java.time.LocalDate;

/**
 * One dated step of a bloc's year as the product stores it: a day or a range of days (both ends included), what it is
 * in Vietnamese, the bloc, who must act, and the page where it is done. {@code uid} names the step, not the fetch, so
 * a phone's calendar updates the same event when the date moves.
 */
public record CalendarEntry(
        String uid, LocalDate start, LocalDate end, String title, String blocName, String who, String path, Kind kind) {

    /** A step held or taken on its days, or a date by which a step not yet taken is due. */
    public enum Kind {
        EVENT,
        DEADLINE
    }

    /** Past and done, past and still not done (a deadline missed), under way today, or ahead. */
    public enum State {
        DONE,
        LATE,
        NOW,
        AHEAD
    }

    public CalendarEntry {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an entry ends on or after its start: " + uid);
        }
    }

    public static CalendarEntry day(
            String uid, LocalDate on, String title, String blocName, String who, String path, Kind kind) {
        return new CalendarEntry(uid, on, on, title, blocName, who, path, kind);
    }

    public State state(LocalDate today) {
        if (today.isAfter(end)) {
            return kind == Kind.DEADLINE ? State.LATE : State.DONE;
        }
        return today.isBefore(start) ? State.AHEAD : State.NOW;
    }

    public boolean oneDay() {
        return start.equals(end);
    }
}
