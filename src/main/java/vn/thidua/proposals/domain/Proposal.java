package vn.thidua.proposals.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.rules.domain.SubjectKind;

/**
 * A proposal as its steps see it: where it stands, its candidates, the public's comments and the
 * version the row holds. Each step is asked with the {@link Roles} the user really holds, is
 * refused when it is not theirs or not now ({@link StepRefused}), and answers the event the store
 * saves. Checks that need other features' data (the engine, the parameters, the votes) are the use
 * cases'; what depends only on the proposal is here.
 */
public final class Proposal {

    /** What a step needs of a candidate; {@code hasReport}: its narrative is written. */
    public record Candidate(
            long id,
            SubjectKind kind,
            long unitId,
            String fullName,
            CandidateStatus status,
            String reason,
            boolean hasReport,
            boolean checked,
            long version,
            Long councilVoteId,
            Long councilOptionId) {}

    public record Comment(long id, boolean answered, boolean spam) {
        boolean awaitingAnswer() {
            return !answered && !spam;
        }
    }

    private final long id;
    private final ProposalStatus status;
    private final long version;
    private final PublicCommentPeriod publicPeriod;
    private final List<Candidate> candidates;
    private final List<Comment> comments;

    public Proposal(
            long id,
            ProposalStatus status,
            long version,
            PublicCommentPeriod publicPeriod,
            List<Candidate> candidates,
            List<Comment> comments) {
        this.id = id;
        this.status = status;
        this.version = version;
        this.publicPeriod = publicPeriod;
        this.candidates = List.copyOf(candidates);
        this.comments = List.copyOf(comments);
    }

    public long id() {
        return id;
    }

    public ProposalStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** Candidates still in the running. */
    public List<Candidate> standing() {
        return candidates.stream().filter(c -> c.status().standing()).toList();
    }

    /** A write that carries the version its page or client read; none given (a page of old) is not compared. */
    public boolean staleFor(Long read) {
        return read != null && read != version;
    }

    public Candidate candidate(long candidateId) {
        return candidates.stream()
                .filter(c -> c.id() == candidateId)
                .findFirst()
                .orElseThrow(() -> StepRefused.missing("proposal.candidate.notFound", candidateId));
    }

    // --- the proposer's draft

    /** The proposer changes the proposal as a whole only while it is the proposer's (a draft, or sent back). */
    public void requireEditableBy(Roles by) {
        if (!by.has(Actor.PROPOSER)) {
            throw StepRefused.notYours();
        }
        if (!status.editableByProposer()) {
            throw StepRefused.wrongState("proposal.notEditable", status);
        }
    }

    public ProposalEvent.CandidateAdded addCandidate(Roles by, ProposalEvent.CandidateAdded candidate) {
        requireEditableBy(by);
        return candidate;
    }

    /** A candidate the board dropped stays on the record with its reason. */
    public ProposalEvent.CandidateRemoved removeCandidate(Roles by, long candidateId) {
        requireEditableBy(by);
        Candidate c = candidate(candidateId);
        if (!c.status().standing()) {
            throw StepRefused.wrongState("proposal.candidate.keepRejected", c.fullName());
        }
        return new ProposalEvent.CandidateRemoved(candidateId, c.fullName());
    }

    /**
     * A candidate's part of the dossier (its report, its evidence): the proposer's or the candidate's
     * own unit's, while the proposal is with the proposer or the board returned that candidate.
     */
    public Candidate requireDossierOf(Roles by, long candidateId) {
        Candidate c = candidate(candidateId);
        if (!by.has(Actor.PROPOSER) && !by.owns(candidateId)) {
            throw StepRefused.notYours();
        }
        if (!status.editableByProposer() && c.status() != CandidateStatus.RETURNED) {
            throw StepRefused.wrongState("proposal.notEditable", status);
        }
        return c;
    }

    public ProposalEvent.ReportEdited editReport(
            Roles by, long candidateId, Long candidateVersion, String narrative, String jobTitle) {
        Candidate c = requireDossierOf(by, candidateId);
        if (candidateVersion != null && candidateVersion != c.version()) {
            throw new StaleVersion();
        }
        return new ProposalEvent.ReportEdited(candidateId, narrative, jobTitle);
    }

    /** Evidence of the whole proposal (the proposer's) or of one candidate. */
    public ProposalEvent.FileAdded addFile(
            Roles by, Long candidateId, String name, String contentType, byte[] content) {
        if (candidateId == null) {
            requireEditableBy(by);
        } else {
            requireDossierOf(by, candidateId);
        }
        return new ProposalEvent.FileAdded(candidateId, name, contentType, content);
    }

    // --- the pipeline

    /** A dossier the board can take up: someone proposed, each with the report of its achievements. */
    public List<StepRefused> unreadyForSubmission() {
        List<StepRefused> problems = new ArrayList<>();
        if (standing().isEmpty()) {
            problems.add(StepRefused.invalid("candidates", "proposal.submit.noCandidate"));
        }
        for (Candidate c : standing()) {
            if (!c.hasReport()) {
                problems.add(StepRefused.invalid("narrative", "proposal.submit.noReport", c.fullName()));
            }
        }
        return problems;
    }

    public ProposalEvent.Submitted submit(Roles by, String justification) {
        require(by, Step.SUBMIT);
        List<StepRefused> problems = unreadyForSubmission();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return new ProposalEvent.Submitted(justification);
    }

    public ProposalEvent.ReviewStarted startReview(Roles by) {
        require(by, Step.START_REVIEW);
        return new ProposalEvent.ReviewStarted();
    }

    public ProposalEvent.ReturnedToProposer returnToProposer(Roles by, String reason) {
        require(by, Step.RETURN);
        return new ProposalEvent.ReturnedToProposer(reason);
    }

    /**
     * The board's finding on one candidate in review (returned, dropped) or the proposer's correction (resubmitted).
     */
    public ProposalEvent.CandidateMoved moveCandidate(Roles by, long candidateId, CandidateStep step, String reason) {
        if (!by.has(step.actor())) {
            throw StepRefused.notYours(step);
        }
        Candidate c = candidate(candidateId);
        CandidateStatus after = step.after(status, c.status(), step.actor());
        if (after == null) {
            throw StepRefused.wrongState("proposal.candidate.stepRefused", step, c.status(), status);
        }
        if (step == CandidateStep.RESUBMIT) {
            if (!c.hasReport()) {
                throw StepRefused.invalid("status", "proposal.submit.noReport", c.fullName());
            }
            return new ProposalEvent.CandidateMoved(candidateId, step, after, null, c.reason());
        }
        return new ProposalEvent.CandidateMoved(candidateId, step, after, reason, reason);
    }

    public ProposalEvent.CandidateChecked check(
            Roles by, long candidateId, boolean dossier, boolean criteria, boolean quota) {
        if (!by.has(Actor.BOARD)) {
            throw StepRefused.notYours();
        }
        Candidate c = candidate(candidateId);
        if (status != ProposalStatus.UNDER_REVIEW || !c.status().standing()) {
            throw StepRefused.wrongState("proposal.checklist.notNow", status);
        }
        return new ProposalEvent.CandidateChecked(candidateId, dossier, criteria, quota);
    }

    /** Every standing candidate checked, none still returned: the findings the board must have before công khai. */
    public List<StepRefused> unreadyForPublication() {
        List<StepRefused> problems = new ArrayList<>();
        if (standing().isEmpty()) {
            problems.add(StepRefused.invalid("candidates", "proposal.submit.noCandidate"));
        }
        for (Candidate c : standing()) {
            if (c.status() == CandidateStatus.RETURNED) {
                problems.add(StepRefused.invalid("candidates", "proposal.publish.returned", c.fullName()));
            } else if (!c.checked()) {
                problems.add(StepRefused.invalid("candidates", "proposal.publish.unchecked", c.fullName()));
            }
        }
        return problems;
    }

    public ProposalEvent.Published publish(Roles by, PublicCommentPeriod period, String note) {
        require(by, Step.PUBLISH);
        List<StepRefused> problems = unreadyForPublication();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return new ProposalEvent.Published(period, note);
    }

    /** The board sees to every comment before công khai ends: answered, or marked as nothing to answer. */
    public long unansweredComments() {
        return comments.stream().filter(Comment::awaitingAnswer).count();
    }

    public boolean publicCommentOver(Instant now) {
        return publicPeriod != null && publicPeriod.over(now);
    }

    public PublicCommentPeriod publicPeriod() {
        return publicPeriod;
    }

    /**
     * Công khai ends and the standing candidates go to the council's votes. The use case has refused an
     * early end or a comment not seen to, each with its own message; here they are guarded once more.
     */
    public ProposalEvent.PutToCouncil putToCouncil(Roles by, Instant now, List<ProposalEvent.CouncilOption> options) {
        require(by, Step.CLOSE_PUBLIC_COMMENT);
        if (!publicCommentOver(now) || unansweredComments() > 0 || options.isEmpty()) {
            throw new IllegalStateException("công khai of proposal " + id + " cannot end yet");
        }
        return new ProposalEvent.PutToCouncil(options);
    }

    public ProposalEvent.RevoteCalled revote(Roles by, List<ProposalEvent.CouncilOption> options, String names) {
        require(by, Step.REVOTE);
        if (options.isEmpty()) {
            throw StepRefused.invalid("status", "proposal.council.nothingToRevote");
        }
        return new ProposalEvent.RevoteCalled(options, names);
    }

    /**
     * The council's result, one per standing candidate ({@code passed}: the vote's outcome, {@code
     * count}: the count the candidate's row keeps); with none passed the proposal ends without a decision.
     */
    public ProposalEvent.CouncilRecorded recordCouncil(Roles by, Map<Long, Boolean> passed, Map<Long, String> count) {
        require(by, Step.RECORD_COUNCIL);
        List<ProposalEvent.CandidateMoved> results = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Candidate c : standing()) {
            Boolean ok = passed.get(c.id());
            if (ok == null) {
                throw StepRefused.invalid("status", "proposal.council.notClosed");
            }
            CandidateStep step = ok ? CandidateStep.COUNCIL_PASSED : CandidateStep.COUNCIL_NOT_PASSED;
            CandidateStatus after = step.after(status, c.status(), step.actor());
            if (after == null) {
                throw StepRefused.wrongState("proposal.candidate.stepRefused", step, c.status(), status);
            }
            String text = count.get(c.id());
            results.add(new ProposalEvent.CandidateMoved(c.id(), step, after, text, text));
            if (ok) {
                names.add(c.fullName());
            }
        }
        return new ProposalEvent.CouncilRecorded(
                names.isEmpty() ? Step.CLOSE_WITHOUT_AWARD : Step.RECORD_COUNCIL, results, String.join(", ", names));
    }

    /** The candidates the council passed, in their order: those the decision awards. */
    public List<Candidate> passed() {
        return candidates.stream()
                .filter(c -> c.status() == CandidateStatus.PASSED)
                .toList();
    }

    /** The decision awards exactly the candidates the council passed. */
    public ProposalEvent.Decided award(Roles by, long decisionId, List<ProposalEvent.Awarded> awards, String note) {
        require(by, Step.ISSUE_DECISION);
        if (passed().isEmpty()) {
            throw StepRefused.invalid("candidates", "proposal.decision.nonePassed");
        }
        List<Long> passed = passed().stream().map(Candidate::id).toList();
        if (!awards.stream().map(ProposalEvent.Awarded::candidateId).toList().equals(passed)) {
            throw new IllegalArgumentException("a decision awards the candidates passed, each once");
        }
        CandidateStatus awarded = null;
        for (Candidate c : passed()) {
            awarded = CandidateStep.AWARD.after(status, c.status(), Actor.DECIDER);
            if (awarded == null) {
                throw StepRefused.wrongState("proposal.candidate.stepRefused", CandidateStep.AWARD, c.status(), status);
            }
        }
        return new ProposalEvent.Decided(decisionId, awards, awarded, note);
    }

    // --- công khai: the board's answers

    private Comment comment(long commentId) {
        return comments.stream()
                .filter(c -> c.id() == commentId)
                .findFirst()
                .orElseThrow(() -> StepRefused.missing("proposal.comment.notFound", commentId));
    }

    private void requireAnswering(Roles by) {
        if (!by.has(Actor.BOARD)) {
            throw StepRefused.notYours();
        }
        if (status != ProposalStatus.PUBLIC_COMMENT && status != ProposalStatus.COUNCIL) {
            throw StepRefused.wrongState("proposal.answer.notNow");
        }
    }

    /** Advertising, abuse, nothing about the list: it needs no answer then. */
    public ProposalEvent.CommentMarkedSpam markSpam(Roles by, long commentId) {
        requireAnswering(by);
        Comment c = comment(commentId);
        if (!c.awaitingAnswer()) {
            throw StepRefused.wrongState("proposal.comment.spamAnswered");
        }
        return new ProposalEvent.CommentMarkedSpam(commentId);
    }

    public ProposalEvent.CommentAnswered answer(Roles by, long commentId, String answer) {
        requireAnswering(by);
        Comment c = comment(commentId);
        if (c.answered()) {
            throw StepRefused.wrongState("proposal.answer.already");
        }
        return new ProposalEvent.CommentAnswered(commentId, answer);
    }

    /** Whether the step is the user's and may be taken now; the use case asks before the checks that need data. */
    public void require(Roles by, Step step) {
        Transition t = step.take(status, by.held());
        if (t instanceof Transition.Refused refused) {
            throw refused.refusal() == Transition.Refusal.NOT_YOUR_STEP
                    ? StepRefused.notYours(step)
                    : StepRefused.wrongState("proposal.step.wrongState", step, status);
        }
    }

    /** A write whose version is no longer the record's: the page or client read it before another's change. */
    public static final class StaleVersion extends RuntimeException {
        StaleVersion() {
            super("stale version");
        }
    }
}
