package vn.thidua.voting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.rules.domain.Fraction;
import vn.thidua.rules.domain.VoteRule;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.domain.Elector;
import vn.thidua.voting.domain.VoteStatus;

@Repository
public class VoteStore {

    private final JdbcClient jdbc;

    VoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record VoteRow(
            long id,
            long blocYearId,
            VoteSubject subject,
            String question,
            VoteMethod method,
            VoteRule rule,
            int maxChoices,
            VoteStatus status,
            int electorate,
            Integer present,
            int written,
            Instant openedAt,
            Instant closedAt,
            long version,
            VoteElectorate electorateKind,
            boolean encrypted,
            String publicKey,
            String encryptedTotals) {}

    public void setEncrypted(long voteId) {
        jdbc.sql("UPDATE vote SET encrypted = true WHERE id = :v")
                .param("v", voteId)
                .update();
    }

    public void setElectorateKind(long voteId, VoteElectorate kind) {
        jdbc.sql("UPDATE vote SET electorate_kind = :k WHERE id = :v")
                .param("k", kind.name())
                .param("v", voteId)
                .update();
    }

    /** One more written opinion; false when it would take the participants above the electorate. */
    public boolean addWritten(long voteId) {
        return jdbc.sql("UPDATE vote SET written = written + 1 WHERE id = :v AND present + written < electorate")
                        .param("v", voteId)
                        .update()
                == 1;
    }

    public long insert(
            long yearId,
            VoteSubject subject,
            String question,
            VoteMethod method,
            VoteRule rule,
            int maxChoices,
            int electorate,
            String by) {
        return jdbc.sql("""
                INSERT INTO vote (bloc_year_id, subject, question, method, threshold_num, threshold_den, comparison,
                    base,
                       quorum_num, quorum_den, rule_basis, max_choices, electorate, created_by)
                VALUES (:y, :subject, :question, :method, :tn, :td, :cmp, :base, :qn, :qd, :basis, :max, :electorate,
                    :by)
                RETURNING id""")
                .param("y", yearId)
                .param("subject", subject.name())
                .param("question", question)
                .param("method", method.name())
                .param("tn", rule.threshold().numerator())
                .param("td", rule.threshold().denominator())
                .param("cmp", rule.comparison().name())
                .param("base", rule.base().name())
                .param("qn", rule.quorum().numerator())
                .param("qd", rule.quorum().denominator())
                .param("basis", rule.basis())
                .param("max", maxChoices)
                .param("electorate", electorate)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public void insertOption(long voteId, int position, String label, Long unitId) {
        jdbc.sql("INSERT INTO vote_option (vote_id, position, label, unit_id) VALUES (:v, :p, :l, :u)")
                .param("v", voteId)
                .param("p", position)
                .param("l", label)
                .param("u", unitId)
                .update();
    }

    public void insertElectors(long voteId, Collection<ElectorRow> electors) {
        for (ElectorRow e : electors) {
            jdbc.sql("INSERT INTO vote_elector (vote_id, elector, label) VALUES (:v, :e, :l)")
                    .param("v", voteId)
                    .param("e", ElectorColumn.write(e.elector()))
                    .param("l", e.label())
                    .update();
        }
    }

    public Optional<VoteRow> find(long id) {
        return one(id, "");
    }

    /** Shared lock: ballots go on in parallel, and a closing (which takes the row exclusively) waits for them. */
    public Optional<VoteRow> findForBallot(long id) {
        return one(id, " FOR SHARE");
    }

    public Optional<VoteRow> findForUpdate(long id) {
        return one(id, " FOR UPDATE");
    }

    private Optional<VoteRow> one(long id, String lock) {
        return jdbc.sql("SELECT * FROM vote WHERE id = :id" + lock)
                .param("id", id)
                .query((rs, i) -> row(rs))
                .optional();
    }

    public List<VoteRow> openFor(Elector elector) {
        return jdbc.sql("""
                SELECT v.* FROM vote v JOIN vote_elector e ON e.vote_id = v.id
                WHERE e.elector = :e AND v.status = :open ORDER BY v.id""")
                .param("e", ElectorColumn.write(elector))
                .param("open", VoteStatus.OPEN.name())
                .query((rs, i) -> row(rs))
                .list();
    }

    public List<VoteRow> ofYear(long yearId) {
        return jdbc.sql("SELECT * FROM vote WHERE bloc_year_id = :y ORDER BY id")
                .param("y", yearId)
                .query((rs, i) -> row(rs))
                .list();
    }

    public List<VoteView.Option> options(long voteId) {
        return jdbc.sql("SELECT id, label, unit_id FROM vote_option WHERE vote_id = :v ORDER BY position")
                .param("v", voteId)
                .query((rs, i) -> new VoteView.Option(
                        rs.getLong("id"), rs.getString("label"), rs.getObject("unit_id", Long.class)))
                .list();
    }

    public boolean isElector(long voteId, Elector elector) {
        return listed("vote_elector", voteId, elector);
    }

    public void insertAttendance(long voteId, Collection<Elector> electors) {
        for (Elector elector : electors) {
            jdbc.sql("INSERT INTO vote_attendance (vote_id, elector) VALUES (:v, :e)")
                    .param("v", voteId)
                    .param("e", ElectorColumn.write(elector))
                    .update();
        }
    }

    /** Whether the opening recorded who was present by name. */
    public boolean attendanceRecorded(long voteId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM vote_attendance WHERE vote_id = :v)")
                .param("v", voteId)
                .query(Boolean.class)
                .single();
    }

    public boolean present(long voteId, Elector elector) {
        return listed("vote_attendance", voteId, elector);
    }

    /** An elector with the name the ballot and the attendance list show. */
    public record ElectorRow(Elector elector, String label) {}

    public List<ElectorRow> electors(long voteId) {
        return jdbc.sql("SELECT elector, label FROM vote_elector WHERE vote_id = :v ORDER BY label")
                .param("v", voteId)
                .query((rs, i) -> new ElectorRow(ElectorColumn.read(rs.getString(1)), rs.getString(2)))
                .list();
    }

    public String electorLabel(long voteId, Elector elector) {
        return jdbc.sql("SELECT label FROM vote_elector WHERE vote_id = :v AND elector = :e")
                .param("v", voteId)
                .param("e", ElectorColumn.write(elector))
                .query(String.class)
                .optional()
                .orElse(ElectorColumn.write(elector));
    }

    public boolean hasVoted(long voteId, Elector elector) {
        return listed("vote_participation", voteId, elector);
    }

    /** Whether the elector is in one of the vote's lists: its electors, the attendance, those who voted. */
    private boolean listed(String table, long voteId, Elector elector) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE vote_id = :v AND elector = :e)")
                .param("v", voteId)
                .param("e", ElectorColumn.write(elector))
                .query(Boolean.class)
                .single();
    }

    /** The names of those who voted (ballot or confirmed written opinion), in alphabetical order. */
    public List<String> voters(long voteId) {
        return jdbc.sql("""
                SELECT e.label FROM vote_participation p JOIN vote_elector e ON e.vote_id = p.vote_id
                    AND e.elector = p.elector
                WHERE p.vote_id = :v ORDER BY e.label COLLATE vi, e.elector""").param("v", voteId).query(String.class).list();
    }

    public long participants(long voteId) {
        return jdbc.sql("SELECT count(*) FROM vote_participation WHERE vote_id = :v")
                .param("v", voteId)
                .query(Long.class)
                .single();
    }

    /** Records that the elector voted; false when it already had (the primary key decides, across instances). */
    public boolean participate(long voteId, Elector elector) {
        return jdbc.sql("INSERT INTO vote_participation (vote_id, elector) VALUES (:v, :e) ON CONFLICT DO NOTHING")
                        .param("v", voteId)
                        .param("e", ElectorColumn.write(elector))
                        .update()
                == 1;
    }

    public boolean open(long voteId, VoteStatus from, VoteStatus to, int present, Instant at, Long version) {
        return jdbc.sql("""
                UPDATE vote SET status = :to, present = :p, opened_at = :at, version = version + 1
                WHERE id = :id AND status = :from AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", voteId)
                        .param("p", present)
                        .param("at", Timestamp.from(at))
                        .param("version", version)
                        .param("from", from.name())
                        .param("to", to.name())
                        .update()
                == 1;
    }

    /** A change of the vote's set-up (its committee, a paper count entered): the version a form read is stale. */
    public void touch(long voteId) {
        jdbc.sql("UPDATE vote SET version = version + 1 WHERE id = :id")
                .param("id", voteId)
                .update();
    }

    /** Moves the vote from one state to the next; false when it was no longer in the first. */
    public boolean move(long voteId, VoteStatus from, VoteStatus to) {
        return jdbc.sql("UPDATE vote SET status = :to, version = version + 1 WHERE id = :id AND status = :from")
                        .param("id", voteId)
                        .param("from", from.name())
                        .param("to", to.name())
                        .update()
                == 1;
    }

    /** Closes the vote (its counters are rewritten by the closing transaction too: {@link TallyStore#rewrite}). */
    public void close(long voteId, VoteStatus from, VoteStatus to, Instant at) {
        jdbc.sql(
                        "UPDATE vote SET status = :to, closed_at = :at, version = version + 1 WHERE id = :id AND status = :from")
                .param("id", voteId)
                .param("at", Timestamp.from(at))
                .param("to", to.name())
                .param("from", from.name())
                .update();
    }

    private static VoteRow row(ResultSet rs) throws SQLException {
        VoteRule rule = new VoteRule(
                new Fraction(rs.getInt("threshold_num"), rs.getInt("threshold_den")),
                VoteRule.Comparison.valueOf(rs.getString("comparison")),
                VoteRule.Base.valueOf(rs.getString("base")),
                new Fraction(rs.getInt("quorum_num"), rs.getInt("quorum_den")),
                rs.getString("rule_basis"));
        Timestamp opened = rs.getTimestamp("opened_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new VoteRow(
                rs.getLong("id"),
                rs.getLong("bloc_year_id"),
                VoteSubject.valueOf(rs.getString("subject")),
                rs.getString("question"),
                VoteMethod.valueOf(rs.getString("method")),
                rule,
                rs.getInt("max_choices"),
                VoteStatus.valueOf(rs.getString("status")),
                rs.getInt("electorate"),
                rs.getObject("present", Integer.class),
                rs.getInt("written"),
                opened == null ? null : opened.toInstant(),
                closed == null ? null : closed.toInstant(),
                rs.getLong("version"),
                VoteElectorate.valueOf(rs.getString("electorate_kind")),
                rs.getBoolean("encrypted"),
                rs.getString("public_key"),
                rs.getString("encrypted_totals"));
    }
}
