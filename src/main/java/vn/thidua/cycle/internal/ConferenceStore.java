package vn.thidua.cycle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.org.UnitRef;

@Repository
public class ConferenceStore {

    private final JdbcClient jdbc;

    ConferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record's fields by name, as stored, for the audit of each change. */
    public Optional<Map<String, String>> fields(long yearId) {
        return jdbc.sql("SELECT * FROM conference WHERE bloc_year_id = :y FOR UPDATE")
                .param("y", yearId)
                .query((rs, i) -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (String f : FIELDS) {
                        Object v = rs.getObject(f);
                        fields.put(f, v == null ? null : v.toString());
                    }
                    fields.put("signed_at", rs.getObject("signed_at") == null ? null : "signed");
                    fields.put("version", String.valueOf(rs.getLong("version")));
                    return fields;
                })
                .optional();
    }

    public static final List<String> FIELDS = List.of(
            "held_on",
            "place",
            "host_unit_id",
            "chair",
            "secretary",
            "attendees",
            "guests",
            "agenda",
            "adopted",
            "outcomes");

    public void save(long yearId, Map<String, Object> values, boolean insert) {
        if (insert) {
            jdbc.sql("""
                    INSERT INTO conference (bloc_year_id, held_on, place, host_unit_id, chair, secretary, attendees,
                        guests,
                           agenda, adopted, outcomes)
                    VALUES (:y, :held_on, :place, :host_unit_id, :chair, :secretary, :attendees, :guests, :agenda,
                        :adopted,
                            :outcomes)""").param("y", yearId).params(values).update();
        } else {
            jdbc.sql("""
                    UPDATE conference SET held_on = :held_on, place = :place, host_unit_id = :host_unit_id,
                        chair = :chair,
                           secretary = :secretary, attendees = :attendees, guests = :guests, agenda = :agenda,
                           adopted = :adopted, outcomes = :outcomes, version = version + 1
                    WHERE bloc_year_id = :y""").param("y", yearId).params(values).update();
        }
    }

    public void change(long yearId, String field, String old, String value, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO conference_change (bloc_year_id, field, old_value, new_value, changed_by, changed_at)
                VALUES (:y, :f, :o, :n, :by, :at)""")
                .param("y", yearId)
                .param("f", field)
                .param("o", old)
                .param("n", value)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void sign(long yearId, String by, Instant at) {
        jdbc.sql(
                        "UPDATE conference SET signed_at = :at, signed_by = :by, version = version + 1 WHERE bloc_year_id = :y")
                .param("y", yearId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public Optional<ConferenceView> find(long yearId, LongFunction<UnitRef> units) {
        List<ConferenceView.Change> changes = jdbc.sql(
                        "SELECT * FROM conference_change WHERE bloc_year_id = :y ORDER BY id")
                .param("y", yearId)
                .query((rs, i) -> new ConferenceView.Change(
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        shown(rs.getString("field"), rs.getString("new_value"), units),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
        return jdbc.sql("SELECT * FROM conference WHERE bloc_year_id = :y")
                .param("y", yearId)
                .query((rs, i) -> view(rs, units, changes))
                .optional();
    }

    /** The stored value as the page shows it: the host unit by name, the day as Vietnamese write it. */
    static String shown(String field, String value, LongFunction<UnitRef> units) {
        if (value == null) {
            return null;
        }
        try {
            return switch (field) {
                case "host_unit_id" -> units.apply(Long.parseLong(value)).name();
                case "held_on" -> LocalDate.parse(value).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
                default -> value;
            };
        } catch (RuntimeException unreadable) {
            // a value stored by an older version in another shape is shown as it was stored
            return value;
        }
    }

    private static ConferenceView view(ResultSet rs, LongFunction<UnitRef> units, List<ConferenceView.Change> changes)
            throws SQLException {
        Long host = rs.getObject("host_unit_id", Long.class);
        Timestamp signed = rs.getTimestamp("signed_at");
        return new ConferenceView(
                rs.getLong("bloc_year_id"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("place"),
                host == null ? null : units.apply(host),
                rs.getString("chair"),
                rs.getString("secretary"),
                rs.getString("attendees"),
                rs.getString("guests"),
                rs.getString("agenda"),
                rs.getString("adopted"),
                rs.getString("outcomes"),
                signed == null ? null : signed.toInstant(),
                rs.getString("signed_by"),
                rs.getLong("version"),
                changes);
    }
}
