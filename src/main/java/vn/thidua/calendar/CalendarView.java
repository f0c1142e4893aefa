package vn.thidua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.calendar.domain.CalendarEntry;

/** A person's calendar of one year: every dated step it may see, grouped by month, with the years it may choose. */
public record CalendarView(int year, List<Integer> years, LocalDate today, List<Month> months, FeedLink feed) {

    public record Month(int month, int year, List<Row> rows) {

        public String title() {
            return "Tháng " + month + "/" + year;
        }
    }

    /** An entry and where it stands today. */
    public record Row(CalendarEntry entry, CalendarEntry.State state) {}

    /** The person's live feed link, if it made one: when (the link itself is shown once, when made). */
    public record FeedLink(Instant createdAt) {}

    public boolean empty() {
        return months.isEmpty();
    }
}
