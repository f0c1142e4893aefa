package vn.thidua.cycle.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.cycle.AfterwardsView;

@Repository
public class AfterwardsStore {

    private final JdbcClient jdbc;

    AfterwardsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AfterwardsView> find(long yearId) {
        return jdbc.sql("SELECT * FROM bloc_year_afterwards WHERE bloc_year_id = :y")
                .param("y", yearId)
                .query((rs, i) -> new AfterwardsView(
                        rs.getLong("bloc_year_id"),
                        rs.getString("reason"),
                        rs.getString("marked_by"),
                        rs.getTimestamp("marked_at").toInstant()))
                .optional();
    }

    /** The conference's day as recorded, if any. */
    public Optional<LocalDate> conferenceDay(long yearId) {
        return jdbc.sql("SELECT held_on FROM conference WHERE bloc_year_id = :y AND held_on IS NOT NULL")
                .param("y", yearId)
                .query((rs, i) -> rs.getObject("held_on", LocalDate.class))
                .optional();
    }

    /** False when the year was marked already (by a concurrent request too: the key settles it). */
    public boolean mark(long yearId, String reason, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO bloc_year_afterwards (bloc_year_id, reason, marked_by, marked_at)
                        VALUES (:y, :reason, :by, :at) ON CONFLICT (bloc_year_id) DO NOTHING""")
                        .param("y", yearId)
                        .param("reason", reason)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }
}
