package vn.thidua.calendar.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Entries as an iCalendar feed (RFC 5545) a phone's calendar subscribes to: one all-day VEVENT per entry (DTEND the
 * day after the last, as the RFC counts), TEXT escaped (3.3.11), lines folded at 75 octets without splitting a
 * Vietnamese letter (3.1), CRLF endings.
 */
public final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /** The feed: {@code name} is the calendar's title, {@code base} the address the entries' paths are under. */
    public static String feed(String name, List<CalendarEntry> entries, Instant stamp, String base) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Thi dua - Khen thuong//Lich thi dua//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        line(out, "X-PUBLISHED-TTL:PT6H");
        for (CalendarEntry e : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + date(e.start()));
            line(out, "DTEND;VALUE=DATE:" + date(e.end().plusDays(1)));
            line(out, "SUMMARY:" + text(e.title() + " – " + e.blocName()));
            line(out, "DESCRIPTION:" + text(description(e)));
            line(out, "URL:" + base + e.path());
            line(out, "TRANSP:TRANSPARENT");
            if (e.kind() == CalendarEntry.Kind.DEADLINE) {
                // a deadline reminds the day before
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + text("Sắp đến hạn: " + e.title()));
                line(out, "TRIGGER:-P1D");
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** What the event says below its title: the bloc and who must act. */
    public static String description(CalendarEntry e) {
        return e.title() + "\nKhối, cụm: " + e.blocName() + "\nNgười thực hiện: " + e.who();
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A content line, folded so that no line is longer than 75 octets (a continuation starts with a space). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
