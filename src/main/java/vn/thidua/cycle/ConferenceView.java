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

    /**
     * A change as stored (the audit's raw value: a unit's id, an ISO date) and as a reader reads it: {@code shown}
     * names the unit and writes the day dd/MM/yyyy; a signature has no value, its line says it was signed.
     */
    public record Change(
            String field, String oldValue, String newValue, String shown, String changedBy, Instant changedAt) {

        public boolean signature() {
            return "signed_at".equals(field);
        }
    }

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
