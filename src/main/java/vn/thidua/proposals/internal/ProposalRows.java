package vn.thidua.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.proposals.ProposalView;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.proposals.domain.DecisionNumber;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/** The proposals as their readers see them: one with everything it holds, or lists without their candidates. */
@Repository
public class ProposalRows {

    private final JdbcClient jdbc;

    ProposalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            SELECT p.*, a.name AS authority_name, b.name AS bloc_name, u.name AS proposer_name
            FROM proposal p JOIN authority a ON a.id = p.authority_id JOIN bloc_year y ON y.id = p.bloc_year_id
            JOIN bloc b ON b.id = y.bloc_id LEFT JOIN unit u ON u.id = p.proposer_unit_id
            """;

    public Optional<ProposalView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query((rs, i) -> view(rs, true))
                .optional();
    }

    /** Without candidates, files and history: for lists. */
    public List<ProposalView> list(Long authorityId, Long blocYearId, Long unitId, List<ProposalStatus> statuses) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE true");
        if (authorityId != null) {
            sql.append(" AND p.authority_id = :a");
        }
        if (blocYearId != null) {
            sql.append(" AND p.bloc_year_id = :y");
        }
        if (unitId != null) {
            // its own proposals (a bloc's are its leader's) and those naming it; not the other units' drafts
            sql.append(
                    " AND (p.proposer_unit_id = :u OR EXISTS (SELECT 1 FROM proposal_candidate c WHERE c.proposal_id = p.id"
                            + " AND c.unit_id = :u))");
        }
        if (statuses != null) {
            sql.append(" AND p.status IN (:s)");
        }
        sql.append(" ORDER BY p.created_at DESC, p.id DESC LIMIT 500");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString());
        if (authorityId != null) {
            spec = spec.param("a", authorityId);
        }
        if (blocYearId != null) {
            spec = spec.param("y", blocYearId);
        }
        if (unitId != null) {
            spec = spec.param("u", unitId);
        }
        if (statuses != null) {
            spec = spec.param("s", statuses.stream().map(Enum::name).toList());
        }
        return spec.query((rs, i) -> view(rs, false)).list();
    }

    private ProposalView view(ResultSet rs, boolean full) throws SQLException {
        long id = rs.getLong("id");
        Long decisionId = rs.getObject("decision_id", Long.class);
        return new ProposalView(
                id,
                rs.getLong("authority_id"),
                rs.getString("authority_name"),
                rs.getLong("bloc_year_id"),
                rs.getString("bloc_name"),
                rs.getInt("year"),
                ProposerLevel.valueOf(rs.getString("level")),
                rs.getObject("proposer_unit_id", Long.class),
                rs.getString("proposer_name"),
                rs.getString("title"),
                CommendationType.valueOf(rs.getString("commendation_type")),
                rs.getInt("period_from"),
                rs.getInt("period_to"),
                ProposalStatus.valueOf(rs.getString("status")),
                rs.getString("justification"),
                rs.getString("return_reason"),
                rs.getTimestamp("step_started_at").toInstant(),
                rs.getObject("step_due_on", LocalDate.class),
                instant(rs, "public_from"),
                instant(rs, "public_until"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"),
                full ? candidates(id) : List.of(),
                full ? files(id) : List.of(),
                full ? events(id) : List.of(),
                full ? comments(id) : List.of(),
                decisionId == null ? null : decision(decisionId));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private List<ProposalView.Candidate> candidates(long proposalId) {
        return jdbc.sql("""
                SELECT c.*, u.name AS unit_name FROM proposal_candidate c JOIN unit u ON u.id = c.unit_id
                WHERE c.proposal_id = :p ORDER BY c.position""")
                .param("p", proposalId)
                .query((rs, i) -> new ProposalView.Candidate(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        SubjectKind.valueOf(rs.getString("kind")),
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        rs.getString("full_name"),
                        rs.getString("job_title"),
                        Award.valueOf(rs.getString("award")),
                        rs.getString("award_label"),
                        rs.getString("vote_result"),
                        CandidateStatus.valueOf(rs.getString("status")),
                        rs.getString("reason"),
                        rs.getString("narrative"),
                        rs.getBoolean("check_dossier"),
                        rs.getBoolean("check_criteria"),
                        rs.getBoolean("check_quota"),
                        rs.getObject("subject_id", Long.class),
                        rs.getObject("council_vote_id", Long.class),
                        rs.getObject("council_option_id", Long.class),
                        rs.getString("certificate_number"),
                        rs.getLong("version"),
                        null,
                        null))
                .list();
    }

    private List<ProposalView.FileView> files(long proposalId) {
        return jdbc.sql("""
                SELECT id, candidate_id, name, content_type, size, uploaded_by, uploaded_at FROM proposal_file
                WHERE proposal_id = :p ORDER BY id""")
                .param("p", proposalId)
                .query((rs, i) -> new ProposalView.FileView(
                        rs.getLong("id"),
                        rs.getObject("candidate_id", Long.class),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    private List<ProposalView.Event> events(long proposalId) {
        return jdbc.sql("""
                SELECT e.*, c.full_name FROM proposal_event e LEFT JOIN proposal_candidate c ON c.id = e.candidate_id
                WHERE e.proposal_id = :p ORDER BY e.id""")
                .param("p", proposalId)
                .query((rs, i) -> new ProposalView.Event(
                        rs.getString("action"),
                        rs.getString("from_status"),
                        rs.getString("to_status"),
                        rs.getString("full_name"),
                        rs.getString("reason"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private List<ProposalView.Comment> comments(long proposalId) {
        return jdbc.sql("SELECT * FROM public_comment WHERE proposal_id = :p ORDER BY id")
                .param("p", proposalId)
                .query((rs, i) -> new ProposalView.Comment(
                        rs.getLong("id"),
                        rs.getObject("candidate_id", Long.class),
                        rs.getString("author_name"),
                        rs.getString("contact"),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("answer"),
                        rs.getString("answered_by"),
                        instant(rs, "answered_at"),
                        rs.getBoolean("spam")))
                .list();
    }

    private ProposalView.Decision decision(long id) {
        return jdbc.sql("SELECT * FROM award_decision WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> {
                    int number = rs.getInt("number");
                    String symbol = rs.getString("symbol");
                    return new ProposalView.Decision(
                            id,
                            number,
                            symbol,
                            new DecisionNumber(number, symbol).text(),
                            rs.getObject("signed_on", LocalDate.class),
                            rs.getString("signer_name"),
                            rs.getString("signer_title"),
                            rs.getString("issued_by"));
                })
                .single();
    }

    public Optional<byte[]> fileContent(long proposalId, long fileId) {
        return jdbc.sql("SELECT content FROM proposal_file WHERE id = :f AND proposal_id = :p")
                .param("f", fileId)
                .param("p", proposalId)
                .query(byte[].class)
                .optional();
    }
}
