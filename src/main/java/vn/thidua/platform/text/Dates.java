package vn.thidua.platform.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments as a Vietnamese officer reads them, in Vietnam's time: {@code ${@dates.time(sheet.submittedAt)}}. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
