package vn.thidua.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;

/**
 * The append-only audit log. A row is written in the transaction of the write it records (a refused
 * write leaves none), as that write's last statement: appends are serialised by a transaction-level
 * advisory lock, so that each row's hash can chain to the one before it on every instance, and a
 * write that took the lock takes no row lock after it. Security events outside any write (a failed
 * sign-in) are written in a transaction of their own.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    /** The advisory lock's key: "TĐKT audit". */
    private static final long APPEND_LOCK = 0x5444_4b54_4155_4454L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the event in the current write's transaction; call it last in that write. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        append(event);
    }

    /** Records an event that belongs to no write (a sign-in, a refusal), committed whatever follows. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(AuditEvent event) {
        append(event);
    }

    private void append(AuditEvent event) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", APPEND_LOCK)
                .query(Object.class)
                .single();
        String previous = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(GENESIS);
        long id = jdbc.sql("SELECT nextval('audit_event_id_seq')")
                .query(Long.class)
                .single();
        // PostgreSQL keeps microseconds: the hash is of what the row will hold
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(
                id,
                at,
                event.action().name(),
                event.actorId(),
                limit(event.actorName(), 200),
                event.authorityId(),
                limit(event.subject(), 200),
                event.detail(),
                address(),
                previous,
                null);
        String hash = hashOf(entry);
        jdbc.sql("""
                INSERT INTO audit_event (id, at, action, actor_id, actor_name, authority_id, subject, detail, address,
                    prev_hash, hash)
                VALUES (:id, :at, :action, :actorId, :actorName, :authorityId, :subject, :detail, :address, :prev, :hash)""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("action", entry.action())
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("authorityId", entry.authorityId())
                .param("subject", entry.subject())
                .param("detail", entry.detail())
                .param("address", entry.address())
                .param("prev", previous)
                .param("hash", hash)
                .update();
    }

    /**
     * The row's fields, each preceded by its length, so that moving text from one field to the
     * next changes the hash too, then SHA-256 in hex.
     */
    static String hashOf(AuditEntry e) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {
            e.prevHash(),
            e.id(),
            e.at().toString(),
            e.action(),
            e.actorId(),
            e.actorName(),
            e.authorityId(),
            e.subject(),
            e.detail(),
            e.address()
        }) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length())
                    .append(':')
                    .append(value)
                    .append('\n');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    /** What the chain says: whole, or the first row found altered, removed or out of place. */
    public record Verification(boolean intact, long rows, Long firstBadId, String problem) {}

    /** Recomputes every row's hash and its link to the row before, in order. */
    @Transactional(readOnly = true)
    public Verification verify() {
        long[] rows = {0};
        Verification[] bad = {null};
        String[] previous = {null};
        jdbc.sql(SELECT + " ORDER BY id").query((ResultSetExtractor<Long>) rs -> {
            while (rs.next() && bad[0] == null) {
                AuditEntry entry = entry(rs, 0);
                rows[0]++;
                if (previous[0] == null) {
                    if (!entry.prevHash().equals(GENESIS) && !purgeEndedAt(entry.prevHash())) {
                        bad[0] = new Verification(
                                false, rows[0], entry.id(), "the first row follows no purge and no start");
                    }
                } else if (!entry.prevHash().equals(previous[0])) {
                    bad[0] = new Verification(false, rows[0], entry.id(), "the row before it was removed or altered");
                }
                if (bad[0] == null && !hashOf(entry).equals(entry.hash())) {
                    bad[0] = new Verification(false, rows[0], entry.id(), "the row's content was altered");
                }
                previous[0] = entry.hash();
            }
            return rows[0];
        });
        return bad[0] != null ? bad[0] : new Verification(true, rows[0], null, null);
    }

    private boolean purgeEndedAt(String hash) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_event WHERE action = 'AUDIT_PURGED' AND detail LIKE :h)")
                .param("h", "%" + hash + "%")
                .query(Boolean.class)
                .single();
    }

    /**
     * Removes the rows older than {@code before}, and says so in a new row that names the last
     * removed row's hash, from which the chain goes on.
     */
    @Transactional
    public int purgeBefore(Instant before) {
        // two instances purging at once: the second finds nothing left to remove
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", APPEND_LOCK)
                .query(Object.class)
                .single();
        var last = jdbc.sql("SELECT id, hash FROM audit_event WHERE at < :before ORDER BY id DESC LIMIT 1")
                .param("before", Timestamp.from(before))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        if (last.isEmpty()) {
            return 0;
        }
        jdbc.sql("SELECT set_config('thidua.audit_purge', 'on', true)")
                .query(String.class)
                .single();
        int removed = jdbc.sql("DELETE FROM audit_event WHERE id <= :id")
                .param("id", last.get()[0])
                .update();
        jdbc.sql("SELECT set_config('thidua.audit_purge', 'off', true)")
                .query(String.class)
                .single();
        append(new AuditEvent(
                AuditAction.AUDIT_PURGED,
                null,
                "hệ thống",
                null,
                "nhật ký",
                "Đã xóa " + removed + " dòng trước " + before + " theo thời hạn lưu trữ; dòng cuối đã xóa: "
                        + last.get()[0] + ", hash " + last.get()[1]));
        return removed;
    }

    /** The rows the user may read: an administrator all, a board those of its authority, nobody else any. */
    public Long scopeOf(CurrentUser user) {
        if (user.isAdmin()) {
            return null;
        }
        if (user.role() == Role.BOARD && user.authorityId() != null) {
            return user.authorityId();
        }
        throw new AccessDeniedException("only an administrator or a board reads the audit log");
    }

    /** One page of the log, newest first, of one authority or of all. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, Long authorityId, int limit) {
        return jdbc.sql(SELECT + " " + WHERE + " ORDER BY id DESC LIMIT :limit")
                .params(query.params(authorityId))
                .param("limit", limit)
                .query(AuditLog::entry)
                .list();
    }

    /** Every row of the query, oldest first, handed over one at a time (an export of any size). */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery query, Long authorityId, Consumer<AuditEntry> row) {
        jdbc.sql(SELECT + " " + WHERE + " ORDER BY id")
                .params(query.params(authorityId))
                .query((RowCallbackHandler) rs -> row.accept(entry(rs, 0)));
    }

    private static final String SELECT = """
            SELECT id, at, action, actor_id, actor_name, authority_id, subject, detail, address, prev_hash, hash
            FROM audit_event""";

    private static final String WHERE = """
             WHERE (CAST(:from AS timestamptz) IS NULL OR at >= :from) AND (CAST(:to AS timestamptz) IS NULL
                 OR at < :to)
               AND (:actor = '' OR lower(actor_name) = lower(:actor)) AND (:action = '' OR action = :action)
               AND (CAST(:authority AS bigint) IS NULL OR authority_id = :authority)""";

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("action"),
                rs.getObject("actor_id", Long.class),
                rs.getString("actor_name"),
                rs.getObject("authority_id", Long.class),
                rs.getString("subject"),
                rs.getString("detail"),
                rs.getString("address"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return limit(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
