package vn.thidua.proposals.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.proposals.YearCandidate;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.SubjectKind;

/** The candidates of an authority's proposals of a year that were submitted (a draft proposes nothing yet). */
@Repository
public class CandidateLines {

    private final JdbcClient jdbc;

    CandidateLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<YearCandidate> submitted(long authorityId, int year) {
        return jdbc.sql("""
                        SELECT c.id, p.id AS proposal_id, p.title, c.kind, c.full_name, u.name AS unit_name, c.award,
                               c.status
                        FROM proposal_candidate c JOIN proposal p ON p.id = c.proposal_id JOIN unit u
                            ON u.id = c.unit_id
                        WHERE p.authority_id = :a AND p.year = :y AND p.status <> 'DRAFT'
                        ORDER BY p.id, c.position""")
                .param("a", authorityId)
                .param("y", year)
                .query((rs, n) -> new YearCandidate(
                        rs.getLong("id"),
                        rs.getLong("proposal_id"),
                        rs.getString("title"),
                        SubjectKind.valueOf(rs.getString("kind")),
                        rs.getString("full_name"),
                        rs.getString("unit_name"),
                        Award.valueOf(rs.getString("award")),
                        CandidateStatus.valueOf(rs.getString("status"))))
                .list();
    }
}
