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
import vn.thidua.proposals.domain.CandidateStep;
import vn.thidua.proposals.domain.Proposal;
import vn.thidua.proposals.domain.ProposalEvent;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.proposals.domain.PublicCommentPeriod;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

@Repository
public class ProposalStore {

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewProposal(
            long authorityId,
            long blocYearId,
            int year,
            ProposerLevel level,
            Long proposerUnitId,
            String title,
            CommendationType type,
            int periodFrom,
            int periodTo,
            String createdBy,
            Instant at) {}

    public long insert(NewProposal p) {
        return jdbc.sql("""
                INSERT INTO proposal (authority_id, bloc_year_id, year, level, proposer_unit_id, title, commendation_type,
                       period_from, period_to, status, step_started_at, created_by, created_at)
                VALUES (:a, :y, :year, :level, :unit, :title, :type, :from, :to, :status, :at, :by, :at) RETURNING id""")
                .param("status", ProposalStatus.DRAFT.name())
                .param("a", p.authorityId())
                .param("y", p.blocYearId())
                .param("year", p.year())
                .param("level", p.level().name())
                .param("unit", p.proposerUnitId())
                .param("title", p.title())
                .param("type", p.type().name())
                .param("from", p.periodFrom())
                .param("to", p.periodTo())
                .param("by", p.createdBy())
                .param("at", Timestamp.from(p.at()))
                .query(Long.class)
                .single();
    }

    public long insertCandidate(long proposalId, ProposalEvent.CandidateAdded c) {
        return jdbc.sql("""
                INSERT INTO proposal_candidate (proposal_id, position, kind, unit_id, full_name, job_title, award, award_label,
                       vote_result, status, narrative)
                VALUES (:p, (SELECT coalesce(max(position), 0) + 1 FROM proposal_candidate WHERE proposal_id = :p), :kind, :unit,
                        :name, :job, :award, :label, :vote, :status, :narrative) RETURNING id""")
                .param("status", CandidateStatus.PROPOSED.name())
                .param("p", proposalId)
                .param("kind", c.kind().name())
                .param("unit", c.unitId())
                .param("name", c.fullName())
                .param("job", c.jobTitle())
                .param("award", c.award().name())
                .param("label", c.awardLabel())
                .param("vote", c.voteResult())
                .param("narrative", c.narrative())
                .query(Long.class)
                .single();
    }

    public int deleteCandidate(long proposalId, long candidateId) {
        return jdbc.sql("DELETE FROM proposal_candidate WHERE id = :c AND proposal_id = :p")
                .param("c", candidateId)
                .param("p", proposalId)
                .update();
    }

    /**
     * The proposal for a step: its row locked until the transaction ends, so that the step is decided
     * on what the row holds and no other step slips in between.
     */
    public Optional<Proposal> load(long id) {
        if (lock(id).isEmpty()) {
            return Optional.empty();
        }
        ProposalView p = find(id).orElseThrow();
        return Optional.of(new Proposal(
                p.id(),
                p.status(),
                p.version(),
                p.publicFrom() == null ? null : new PublicCommentPeriod(p.publicFrom(), p.publicUntil()),
                p.candidates().stream()
                        .map(c -> new Proposal.Candidate(
                                c.id(),
                                c.kind(),
                                c.unitId(),
                                c.fullName(),
                                c.status(),
                                c.reason(),
                                c.narrative() != null && !c.narrative().isBlank(),
                                c.checked(),
                                c.version(),
                                c.councilVoteId(),
                                c.councilOptionId()))
                        .toList(),
                p.comments().stream()
                        .map(c -> new Proposal.Comment(c.id(), c.answered(), c.spam()))
                        .toList()));
    }

    /**
     * Writes what the step did and its line of the history, and moves the proposal's version on; in
     * the caller's transaction, so the step and its record stand or fall together. {@code due}: the
     * new step's due date, when the event moves the proposal.
     */
    public void save(Proposal p, ProposalEvent e, String by, Instant at, LocalDate due) {
        ProposalStatus to = e.movesTo().orElse(p.status());
        Long candidateId = e.candidateId();
        if (e instanceof ProposalEvent.Submitted s) {
            setJustification(p.id(), s.justification());
        } else if (e instanceof ProposalEvent.ReturnedToProposer r) {
            setReturnReason(p.id(), r.reason());
            clearChecklists(p.id());
        } else if (e instanceof ProposalEvent.Published published) {
            setPublicPeriod(
                    p.id(), published.period().from(), published.period().until());
        } else if (e instanceof ProposalEvent.PutToCouncil council) {
            council.options().forEach(this::setCouncilOption);
        } else if (e instanceof ProposalEvent.RevoteCalled revote) {
            revote.options().forEach(this::setCouncilOption);
        } else if (e instanceof ProposalEvent.CouncilRecorded council) {
            for (ProposalEvent.CandidateMoved result : council.results()) {
                setCandidateStatus(result.candidate(), result.to(), result.storedReason());
                event(p.id(), result.candidate(), result.action(), p.status(), p.status(), result.note(), by, at);
            }
        } else if (e instanceof ProposalEvent.Decided decided) {
            for (ProposalEvent.Awarded a : decided.awards()) {
                award(a.candidateId(), decided.awardedAs(), a.certificateNumber(), a.subjectId());
                event(
                        p.id(),
                        a.candidateId(),
                        "CANDIDATE_" + CandidateStep.AWARD.name(),
                        p.status(),
                        p.status(),
                        a.certificateNumber(),
                        by,
                        at);
            }
            setDecision(p.id(), decided.decisionId());
        } else if (e instanceof ProposalEvent.CandidateMoved moved) {
            setCandidateStatus(moved.candidate(), moved.to(), moved.storedReason());
            if (moved.clearsChecklist()) {
                setChecklist(moved.candidate(), false, false, false);
            }
        } else if (e instanceof ProposalEvent.CandidateChecked checked) {
            setChecklist(checked.candidate(), checked.dossier(), checked.criteria(), checked.quota());
        } else if (e instanceof ProposalEvent.CandidateAdded added) {
            candidateId = insertCandidate(p.id(), added);
        } else if (e instanceof ProposalEvent.CandidateRemoved removed) {
            // the history line first, without the candidate: its row goes and the line keeps its name
            event(p.id(), null, e.action(), p.status(), to, e.note(), by, at);
            deleteCandidate(p.id(), removed.candidate());
            touch(p.id());
            return;
        } else if (e instanceof ProposalEvent.ReportEdited edited) {
            updateCandidate(edited.candidate(), edited.narrative(), edited.jobTitle());
        } else if (e instanceof ProposalEvent.FileAdded file) {
            insertFile(p.id(), file.candidate(), file.name(), file.contentType(), file.content(), by, at);
        } else if (e instanceof ProposalEvent.CommentMarkedSpam spam) {
            markSpam(p.id(), spam.commentId(), by);
        } else if (e instanceof ProposalEvent.CommentAnswered answered) {
            answerComment(p.id(), answered.commentId(), answered.answer(), by, at);
        }
        if (e.movesTo().isPresent()) {
            moveTo(p.id(), to, at, due);
        } else {
            touch(p.id());
        }
        event(p.id(), candidateId, e.action(), p.status(), to, e.note(), by, at);
    }

    private void setCouncilOption(ProposalEvent.CouncilOption o) {
        setCouncilOption(o.candidateId(), o.voteId(), o.optionId());
    }

    /** Locks the proposal row for the step being taken; the version guards against a page shown before another's change. */
    public Optional<Long> lock(long id) {
        return jdbc.sql("SELECT version FROM proposal WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public void moveTo(long id, ProposalStatus status, Instant at, LocalDate due) {
        jdbc.sql("""
                UPDATE proposal SET status = :s, step_started_at = :at, step_due_on = :due, version = version + 1
                WHERE id = :id""")
                .param("id", id)
                .param("s", status.name())
                .param("at", Timestamp.from(at))
                .param("due", due)
                .update();
    }

    public void touch(long id) {
        jdbc.sql("UPDATE proposal SET version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
    }

    public void setJustification(long id, String justification) {
        jdbc.sql("UPDATE proposal SET justification = :j WHERE id = :id")
                .param("id", id)
                .param("j", justification)
                .update();
    }

    public void setReturnReason(long id, String reason) {
        jdbc.sql("UPDATE proposal SET return_reason = :r WHERE id = :id")
                .param("id", id)
                .param("r", reason)
                .update();
    }

    public void setPublicPeriod(long id, Instant from, Instant until) {
        jdbc.sql("UPDATE proposal SET public_from = :f, public_until = :u WHERE id = :id")
                .param("id", id)
                .param("f", Timestamp.from(from))
                .param("u", Timestamp.from(until))
                .update();
    }

    public void setDecision(long id, long decisionId) {
        jdbc.sql("UPDATE proposal SET decision_id = :d WHERE id = :id")
                .param("id", id)
                .param("d", decisionId)
                .update();
    }

    public void updateCandidate(long candidateId, String narrative, String jobTitle) {
        jdbc.sql("UPDATE proposal_candidate SET narrative = :n, job_title = :j, version = version + 1 WHERE id = :c")
                .param("c", candidateId)
                .param("n", narrative)
                .param("j", jobTitle)
                .update();
    }

    public void setCandidateStatus(long candidateId, CandidateStatus status, String reason) {
        jdbc.sql("UPDATE proposal_candidate SET status = :s, reason = :r, version = version + 1 WHERE id = :c")
                .param("c", candidateId)
                .param("s", status.name())
                .param("r", reason)
                .update();
    }

    public void setChecklist(long candidateId, boolean dossier, boolean criteria, boolean quota) {
        jdbc.sql("""
                UPDATE proposal_candidate SET check_dossier = :d, check_criteria = :c, check_quota = :q, version = version + 1
                WHERE id = :id""")
                .param("id", candidateId)
                .param("d", dossier)
                .param("c", criteria)
                .param("q", quota)
                .update();
    }

    public void setCouncilOption(long candidateId, long voteId, long optionId) {
        jdbc.sql(
                        "UPDATE proposal_candidate SET council_vote_id = :v, council_option_id = :o, version = version + 1 WHERE id = :c")
                .param("c", candidateId)
                .param("v", voteId)
                .param("o", optionId)
                .update();
    }

    /** The checklist starts again when the board sends the proposal back: what it checked may change. */
    public void clearChecklists(long proposalId) {
        jdbc.sql("UPDATE proposal_candidate SET check_dossier = false, check_criteria = false, check_quota = false"
                        + " WHERE proposal_id = :p")
                .param("p", proposalId)
                .update();
    }

    public long commentsFrom(long proposalId, String contact) {
        return jdbc.sql("SELECT count(*) FROM public_comment WHERE proposal_id = :p AND lower(contact) = lower(:k)")
                .param("p", proposalId)
                .param("k", contact)
                .query(Long.class)
                .single();
    }

    private void award(long candidateId, CandidateStatus status, String certificateNumber, long subjectId) {
        jdbc.sql("""
                UPDATE proposal_candidate SET status = :status, certificate_number = :n, subject_id = :s, version = version + 1
                WHERE id = :c""")
                .param("c", candidateId)
                .param("status", status.name())
                .param("n", certificateNumber)
                .param("s", subjectId)
                .update();
    }

    public void event(
            long proposalId,
            Long candidateId,
            String action,
            ProposalStatus from,
            ProposalStatus to,
            String reason,
            String actor,
            Instant at) {
        jdbc.sql("""
                INSERT INTO proposal_event (proposal_id, candidate_id, action, from_status, to_status, reason, actor, at)
                VALUES (:p, :c, :a, :f, :t, :r, :by, :at)""")
                .param("p", proposalId)
                .param("c", candidateId)
                .param("a", action)
                .param("f", from == null ? null : from.name())
                .param("t", to == null ? null : to.name())
                .param("r", reason)
                .param("by", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    public long insertFile(
            long proposalId, Long candidateId, String name, String contentType, byte[] content, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO proposal_file (proposal_id, candidate_id, name, content_type, size, content, uploaded_by, uploaded_at)
                VALUES (:p, :c, :n, :t, :s, :b, :by, :at) RETURNING id""")
                .param("p", proposalId)
                .param("c", candidateId)
                .param("n", name)
                .param("t", contentType)
                .param("s", content.length)
                .param("b", content)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public Optional<byte[]> fileContent(long proposalId, long fileId) {
        return jdbc.sql("SELECT content FROM proposal_file WHERE id = :f AND proposal_id = :p")
                .param("f", fileId)
                .param("p", proposalId)
                .query(byte[].class)
                .optional();
    }

    public long insertComment(
            long proposalId, Long candidateId, String name, String contact, String body, Instant at, String address) {
        return jdbc.sql("""
                INSERT INTO public_comment (proposal_id, candidate_id, author_name, contact, body, created_at, address)
                VALUES (:p, :c, :n, :k, :b, :at, :address) RETURNING id""")
                .param("p", proposalId)
                .param("c", candidateId)
                .param("n", name)
                .param("k", contact)
                .param("b", body)
                .param("at", Timestamp.from(at))
                .param("address", address)
                .query(Long.class)
                .single();
    }

    /** Comments sent from one address since a moment, on any proposal. */
    public long commentsFromAddress(String address, Instant since) {
        return jdbc.sql("SELECT count(*) FROM public_comment WHERE address = :a AND created_at >= :since")
                .param("a", address)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    public int markSpam(long proposalId, long commentId, String by) {
        return jdbc.sql("""
                UPDATE public_comment SET spam = true, marked_spam_by = :by
                WHERE id = :c AND proposal_id = :p AND answer IS NULL AND NOT spam""")
                .param("c", commentId)
                .param("p", proposalId)
                .param("by", by)
                .update();
    }

    /**
     * Erases commenters' contacts and addresses of the proposals decided or ended before {@code before}
     * (the name and the comment stay on the record); answers how many comments were erased.
     */
    public int eraseContacts(Instant before, Instant now) {
        return jdbc.sql("""
                UPDATE public_comment c SET contact = NULL, address = NULL, contact_erased_at = :now
                FROM proposal p
                WHERE p.id = c.proposal_id AND c.contact_erased_at IS NULL AND p.status IN (:finished)
                  AND p.step_started_at < :before""")
                .param("now", Timestamp.from(now))
                .param("before", Timestamp.from(before))
                .param(
                        "finished",
                        java.util.Arrays.stream(ProposalStatus.values())
                                .filter(ProposalStatus::finished)
                                .map(Enum::name)
                                .toList())
                .update();
    }

    public int answerComment(long proposalId, long commentId, String answer, String by, Instant at) {
        return jdbc.sql("""
                UPDATE public_comment SET answer = :a, answered_by = :by, answered_at = :at
                WHERE id = :c AND proposal_id = :p AND answer IS NULL""")
                .param("c", commentId)
                .param("p", proposalId)
                .param("a", answer)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The flag quota the board granted the bloc for that year, if it set one. */
    public Integer flagQuota(long blocYearId) {
        return jdbc.sql("SELECT flag_quota FROM bloc_year WHERE id = :y")
                .param("y", blocYearId)
                .query((rs, i) -> rs.getObject(1, Integer.class))
                .optional()
                .orElse(null);
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
                INSERT INTO award_decision (authority_id, year, number, symbol, signed_on, signer_name, signer_title, issued_by,
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
                            new vn.thidua.proposals.domain.DecisionNumber(number, symbol).text(),
                            rs.getObject("signed_on", LocalDate.class),
                            rs.getString("signer_name"),
                            rs.getString("signer_title"),
                            rs.getString("issued_by"));
                })
                .single();
    }
}
