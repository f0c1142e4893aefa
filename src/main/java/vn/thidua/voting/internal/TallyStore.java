package vn.thidua.voting.internal;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts of a vote: ballots per option and ballots cast (each in a few slots while a vote of an
 * earlier release was open, one row once closed), and the paper count waiting for its second
 * person. Nothing here says who voted what.
 */
@Repository
public class TallyStore {

    private final JdbcClient jdbc;

    TallyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void setCounts(long voteId, Map<Long, Integer> counts, int cast) {
        setCounts(voteId, counts, cast, 0);
    }

    public void setCounts(long voteId, Map<Long, Integer> counts, int cast, int blank) {
        jdbc.sql("DELETE FROM vote_tally WHERE vote_id = :v").param("v", voteId).update();
        jdbc.sql("DELETE FROM vote_ballots WHERE vote_id = :v")
                .param("v", voteId)
                .update();
        counts.forEach((option, n) -> jdbc.sql(
                        "INSERT INTO vote_tally (vote_id, option_id, slot, ballots) VALUES (:v, :o, 0, :n)")
                .param("n", n)
                .param("v", voteId)
                .param("o", option)
                .update());
        jdbc.sql("INSERT INTO vote_ballots (vote_id, slot, cast_count, blank) VALUES (:v, 0, :c, :b)")
                .param("c", cast)
                .param("b", blank)
                .param("v", voteId)
                .update();
    }

    /**
     * Writes the counters again as one row per option and one for the ballots, so that their row
     * versions carry the closing transaction, not the last voter's (see docs/voting-secrecy.md).
     */
    public void rewrite(long voteId) {
        int[] ballots = ballots(voteId);
        setCounts(voteId, tally(voteId), ballots[0], ballots[1]);
    }

    /** Rewrites the counter tables without their dead row versions (run outside any transaction, after a close). */
    public void compactCounters() {
        jdbc.sql("VACUUM (FULL) vote_tally").update();
        jdbc.sql("VACUUM (FULL) vote_ballots").update();
    }

    public record PendingPaper(int cast, int blank, String committee, String enteredBy, Map<Long, Integer> counts) {}

    public void enterPaper(
            long voteId, Map<Long, Integer> counts, int cast, int blank, String committee, String by, Instant at) {
        jdbc.sql("DELETE FROM vote_paper_count WHERE vote_id = :v")
                .param("v", voteId)
                .update();
        jdbc.sql("""
                INSERT INTO vote_paper_count (vote_id, cast_count, blank, committee, entered_by, entered_at)
                VALUES (:v, :c, :b, :committee, :by, :at)""")
                .param("v", voteId)
                .param("c", cast)
                .param("b", blank)
                .param("committee", committee)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        counts.forEach((option, n) -> jdbc.sql(
                        "INSERT INTO vote_paper_option (vote_id, option_id, ballots) VALUES (:v, :o, :n)")
                .param("v", voteId)
                .param("o", option)
                .param("n", n)
                .update());
    }

    public Optional<PendingPaper> paper(long voteId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT option_id, ballots FROM vote_paper_option WHERE vote_id = :v")
                .param("v", voteId)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong("option_id"), rs.getInt("ballots"));
                });
        return jdbc.sql("SELECT * FROM vote_paper_count WHERE vote_id = :v")
                .param("v", voteId)
                .query((rs, i) -> new PendingPaper(
                        rs.getInt("cast_count"),
                        rs.getInt("blank"),
                        rs.getString("committee"),
                        rs.getString("entered_by"),
                        counts))
                .optional();
    }

    public Map<Long, Integer> tally(long voteId) {
        Map<Long, Integer> tally = new HashMap<>();
        jdbc.sql("SELECT option_id, sum(ballots)::int AS ballots FROM vote_tally WHERE vote_id = :v GROUP BY option_id")
                .param("v", voteId)
                .query((ResultSet rs) -> {
                    tally.put(rs.getLong("option_id"), rs.getInt("ballots"));
                });
        return tally;
    }

    public int[] ballots(long voteId) {
        return jdbc.sql("""
                SELECT COALESCE(sum(cast_count), 0)::int AS cast_count, COALESCE(sum(blank), 0)::int AS blank
                FROM vote_ballots WHERE vote_id = :v""")
                .param("v", voteId)
                .query((rs, i) -> new int[] {rs.getInt("cast_count"), rs.getInt("blank")})
                .single();
    }
}
