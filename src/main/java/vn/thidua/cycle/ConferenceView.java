package vn.thidua.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.org.UnitRef;

/** The recorded conference, its signature (after which it is locked) and every change made to it. */
public record ConferenceView(
        long blocYearId,
        LocalDate heldOn,
        String place,
        UnitRef host,
        String chair,
        String secretary,
        String attendees,
        String guests,
        String agenda,
        String adopted,
        String outcomes,
        Instant signedAt,
        String signedBy,
        long version,
        List<Change> changes) {

    public record Change(String field, String oldValue, String newValue, String changedBy, Instant changedAt) {}

    public boolean signed() {
        return signedAt != null;
    }

    /** Lines of a multi-line field, without the blank ones. */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
