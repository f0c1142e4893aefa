package vn.thidua.reminders.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.reminders.Notice;
import vn.thidua.reminders.domain.NoticeKind;

/**
 * The notices, the people's mail setting, the daily runs and digests. Every insert that a second instance could race
 * is {@code ON CONFLICT DO NOTHING}: whoever's insert took place is the one that mails.
 */
@Repository
public class NoticeStore {

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new notice's id, or empty when the person already has this one. */
    public Optional<Long> insert(long person, NewNotice n, Instant now) {
        return jdbc.sql("""
                        INSERT INTO notification (person_id, entry_key, kind, title, bloc_name, who, due_on, path,
                            created_at)
                        VALUES (:person, :key, :kind, :title, :bloc, :who, :due, :path, :now)
                        ON CONFLICT (person_id, entry_key, kind) DO NOTHING
                        RETURNING id""")
                .param("person", person)
                .param("key", n.entryKey())
                .param("kind", n.kind().name())
                .param("title", cut(n.title(), 600))
                .param("bloc", cut(n.blocName(), 400))
                .param("who", cut(n.who(), 600))
                .param("due", n.dueOn())
                .param("path", cut(n.path(), 300))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
    }

    public void mailed(long id, Instant now) {
        jdbc.sql("UPDATE notification SET mailed_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<Notice> of(long person, int limit) {
        return jdbc.sql("""
                        SELECT id, entry_key, kind, title, bloc_name, who, due_on, path, created_at, read_at
                        FROM notification WHERE person_id = :person ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("person", person)
                .param("limit", limit)
                .query((rs, i) -> new Notice(
                        rs.getLong("id"),
                        rs.getString("entry_key"),
                        NoticeKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("bloc_name"),
                        rs.getString("who"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("path"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null
                                ? null
                                : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    public int unread(long person) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE person_id = :person AND read_at IS NULL")
                .param("person", person)
                .query(Integer.class)
                .single();
    }

    /** The notice's path once marked read, or empty when it is not the person's. */
    public Optional<String> markRead(long person, long id, Instant now) {
        return jdbc.sql("""
                        UPDATE notification SET read_at = coalesce(read_at, :now)
                        WHERE id = :id AND person_id = :person RETURNING path""")
                .param("id", id)
                .param("person", person)
                .param("now", Timestamp.from(now))
                .query(String.class)
                .optional();
    }

    public int markAllRead(long person, Instant now) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE person_id = :person AND read_at IS NULL")
                .param("person", person)
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean mailMuted(long person) {
        return jdbc.sql("SELECT mail_muted FROM reminder_setting WHERE person_id = :person")
                .param("person", person)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Whether the setting changed. */
    public boolean setMailMuted(long person, boolean muted, Instant now) {
        return jdbc.sql("""
                        INSERT INTO reminder_setting (person_id, mail_muted, changed_at) VALUES (:person, :muted, :now)
                        ON CONFLICT (person_id) DO UPDATE SET mail_muted = :muted, changed_at = :now
                        WHERE reminder_setting.mail_muted <> :muted""")
                        .param("person", person)
                        .param("muted", muted)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    /**
     * Claims the day's run for this instance; false when another instance has it, or had it and finished. A run
     * unfinished after {@code takeOverAfter} (its instance stopped) is taken over: every notice is a unique row, so
     * running a day again only gives what the first did not.
     */
    public boolean claimRun(LocalDate day, String instance, Instant now, Duration takeOverAfter) {
        return jdbc.sql("""
                        INSERT INTO reminder_run (day, instance, started_at) VALUES (:day, :instance, :now)
                        ON CONFLICT (day) DO UPDATE SET instance = :instance, started_at = :now
                        WHERE reminder_run.finished_at IS NULL AND reminder_run.started_at < :stale""")
                        .param("day", day)
                        .param("instance", instance)
                        .param("now", Timestamp.from(now))
                        .param("stale", Timestamp.from(now.minus(takeOverAfter)))
                        .update()
                > 0;
    }

    public void finishRun(LocalDate day, int notices, Instant now) {
        jdbc.sql("UPDATE reminder_run SET finished_at = :now, notices = :n WHERE day = :day")
                .param("day", day)
                .param("n", notices)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Claims the person's digest of the day; false when it was already made. */
    public boolean claimDigest(long person, LocalDate day, int late) {
        return jdbc.sql("""
                        INSERT INTO reminder_digest (person_id, day, late) VALUES (:person, :day, :late)
                        ON CONFLICT (person_id, day) DO NOTHING""")
                        .param("person", person)
                        .param("day", day)
                        .param("late", late)
                        .update()
                > 0;
    }

    public void digestSent(long person, LocalDate day, Instant now) {
        jdbc.sql("UPDATE reminder_digest SET sent_at = :now WHERE person_id = :person AND day = :day")
                .param("person", person)
                .param("day", day)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** What a notice says, before it is a person's. */
    public record NewNotice(
            String entryKey,
            NoticeKind kind,
            String title,
            String blocName,
            String who,
            LocalDate dueOn,
            String path) {}
}
