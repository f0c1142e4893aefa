package vn.thidua.proposals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Award decisions: each authority numbers its decisions from 1 every year. */
@Repository
public class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean decisionNumberTaken(long authorityId, int year, int number) {
        return jdbc.sql("SELECT count(*) FROM award_decision WHERE authority_id = :a AND year = :y AND number = :n")
                        .param("a", authorityId)
                        .param("y", year)
                        .param("n", number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public int nextDecisionNumber(long authorityId, int year) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM award_decision WHERE authority_id = :a AND year = :y")
                .param("a", authorityId)
                .param("y", year)
                .query(Integer.class)
                .single();
    }

    public long insertDecision(
            long authorityId,
            int year,
            int number,
            String symbol,
            LocalDate signedOn,
            String signerName,
            String signerTitle,
            String by,
            Instant at) {
        return jdbc.sql("""
                INSERT INTO award_decision (authority_id, year, number, symbol, signed_on, signer_name, signer_title,
                    issued_by,
                       issued_at)
                VALUES (:a, :y, :n, :s, :d, :sn, :st, :by, :at) RETURNING id""")
                .param("a", authorityId)
                .param("y", year)
                .param("n", number)
                .param("s", symbol)
                .param("d", signedOn)
                .param("sn", signerName)
                .param("st", signerTitle)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }
}
