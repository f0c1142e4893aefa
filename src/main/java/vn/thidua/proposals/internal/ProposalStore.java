package vn.thidua.proposals.internal;

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
import vn.thidua.rules.domain.CommendationType;

@Repository
public class ProposalStore {

    private final JdbcClient jdbc;
    private final ProposalRows rows;
    private final CommentStore comments;

    ProposalStore(JdbcClient jdbc, ProposalRows rows, CommentStore comments) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.comments = comments;
    }

    public Optional<ProposalView> find(long id) {
        return rows.find(id);
    }

    /** Without candidates, files and history: for lists. */
    public List<ProposalView> list(Long authorityId, Long blocYearId, Long unitId, List<ProposalStatus> statuses) {
        return rows.list(authorityId, blocYearId, unitId, statuses);
    }

    /** The proposal whose candidates a council's vote is about (each council vote is one proposal's). */
    public Optional<Long> ofCouncilVote(long voteId) {
        return jdbc.sql("SELECT min(proposal_id) FROM proposal_candidate WHERE council_vote_id = :v")
                .param("v", voteId)
                .query(Long.class)
                .optional();
    }

    public Optional<byte[]> fileContent(long proposalId, long fileId) {
        return rows.fileContent(proposalId, fileId);
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
                INSERT INTO proposal (authority_id, bloc_year_id, year, level, proposer_unit_id, title,
                    commendation_type,
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
                INSERT INTO proposal_candidate (proposal_id, position, kind, unit_id, full_name, job_title, award,
                    award_label,
                       vote_result, status, narrative)
                VALUES (:p, (SELECT coalesce(max(position), 0) + 1 FROM proposal_candidate WHERE proposal_id = :p),
                    :kind, :unit,
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

    private int deleteCandidate(long proposalId, long candidateId) {
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
            comments.markSpam(p.id(), spam.commentId(), by);
        } else if (e instanceof ProposalEvent.CommentAnswered answered) {
            comments.answerComment(p.id(), answered.commentId(), answered.answer(), by, at);
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

    /**
     * Locks the proposal row for the step being taken; the version guards against a page shown before another's change.
     */
    private Optional<Long> lock(long id) {
        return jdbc.sql("SELECT version FROM proposal WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    private void moveTo(long id, ProposalStatus status, Instant at, LocalDate due) {
        jdbc.sql("""
                UPDATE proposal SET status = :s, step_started_at = :at, step_due_on = :due, version = version + 1
                WHERE id = :id""")
                .param("id", id)
                .param("s", status.name())
                .param("at", Timestamp.from(at))
                .param("due", due)
                .update();
    }

    private void touch(long id) {
        jdbc.sql("UPDATE proposal SET version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
    }

    private void setJustification(long id, String justification) {
        setColumn(id, "justification", justification);
    }

    private void setReturnReason(long id, String reason) {
        setColumn(id, "return_reason", reason);
    }

    private void setPublicPeriod(long id, Instant from, Instant until) {
        jdbc.sql("UPDATE proposal SET public_from = :f, public_until = :u WHERE id = :id")
                .param("id", id)
                .param("f", Timestamp.from(from))
                .param("u", Timestamp.from(until))
                .update();
    }

    private void setDecision(long id, long decisionId) {
        setColumn(id, "decision_id", decisionId);
    }

    /** One column of the proposal's row; the column is always named here, never taken from input. */
    private void setColumn(long id, String column, Object value) {
        jdbc.sql("UPDATE proposal SET " + column + " = :value WHERE id = :id")
                .param("id", id)
                .param("value", value)
                .update();
    }

    private void updateCandidate(long candidateId, String narrative, String jobTitle) {
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

    private void setChecklist(long candidateId, boolean dossier, boolean criteria, boolean quota) {
        jdbc.sql("""
                UPDATE proposal_candidate SET check_dossier = :d, check_criteria = :c, check_quota = :q,
                    version = version + 1
                WHERE id = :id""")
                .param("id", candidateId)
                .param("d", dossier)
                .param("c", criteria)
                .param("q", quota)
                .update();
    }

    private void setCouncilOption(long candidateId, long voteId, long optionId) {
        jdbc.sql(
                        "UPDATE proposal_candidate SET council_vote_id = :v, council_option_id = :o, version = version + 1 WHERE id = :c")
                .param("c", candidateId)
                .param("v", voteId)
                .param("o", optionId)
                .update();
    }

    /** The checklist starts again when the board sends the proposal back: what it checked may change. */
    private void clearChecklists(long proposalId) {
        jdbc.sql("UPDATE proposal_candidate SET check_dossier = false, check_criteria = false, check_quota = false"
                        + " WHERE proposal_id = :p")
                .param("p", proposalId)
                .update();
    }

    private void award(long candidateId, CandidateStatus status, String certificateNumber, long subjectId) {
        jdbc.sql("""
                UPDATE proposal_candidate SET status = :status, certificate_number = :n, subject_id = :s,
                    version = version + 1
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
                INSERT INTO proposal_event (proposal_id, candidate_id, action, from_status, to_status, reason, actor,
                    at)
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

    private long insertFile(
            long proposalId, Long candidateId, String name, String contentType, byte[] content, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO proposal_file (proposal_id, candidate_id, name, content_type, size, content, uploaded_by,
                    uploaded_at)
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

    /** The flag quota the board granted the bloc for that year, if it set one. */
    public Integer flagQuota(long blocYearId) {
        return jdbc.sql("SELECT flag_quota FROM bloc_year WHERE id = :y")
                .param("y", blocYearId)
                .query((rs, i) -> rs.getObject(1, Integer.class))
                .optional()
                .orElse(null);
    }
}
