package vn.thidua.calendar.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * One dated step of a bloc's year as the product stores it: a day or a range of days (both ends included), what it is
 * in Vietnamese, the bloc, who must act, and the page where it is done. {@code uid} names the step, not the fetch, so
 * a phone's calendar updates the same event when the date moves. {@code actors} are those who must act on it, whom
 * reminders tell (none for a step that only records what was done).
 */
public record CalendarEntry(
        String uid,
        LocalDate start,
        LocalDate end,
        String title,
        String blocName,
        String who,
        String path,
        Kind kind,
        Set<Actor> actors) {

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

    /**
     * Who must act on a step, as a standing in its bloc year or proposal: the officers of the bloc's members, the
     * leading unit's officer, the board of the authority, the unit (or board) that proposed, the council's members, the
     * one who signs the decision.
     */
    public enum Actor {
        MEMBERS,
        LEADER,
        BOARD,
        PROPOSER,
        COUNCIL,
        DECIDER
    }

    public CalendarEntry {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an entry ends on or after its start: " + uid);
        }
        actors = actors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actors));
    }

    /** The same entry, to be acted on by these. */
    public CalendarEntry actedOnBy(Actor... by) {
        return new CalendarEntry(uid, start, end, title, blocName, who, path, kind, Set.of(by));
    }

    /** Whether someone of these standings must act on this entry. */
    public boolean actedOnByAnyOf(Set<Actor> standing) {
        return actors.stream().anyMatch(standing::contains);
    }

    public static CalendarEntry day(
            String uid, LocalDate on, String title, String blocName, String who, String path, Kind kind) {
        return new CalendarEntry(uid, on, on, title, blocName, who, path, kind, Set.of());
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
