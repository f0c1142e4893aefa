package vn.thidua.proposals.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.SubjectKind;

/**
 * What one step did to a proposal, in the past tense: the store writes its effect and its line of
 * the proposal's history ({@link #action()}, the name the history page shows) in one transaction.
 */
public sealed interface ProposalEvent {

    /** The action as the history records it ({@code proposalAction.<action>} names it). */
    String action();

    /** The candidate the history line is about, if one. */
    default @Nullable Long candidateId() {
        return null;
    }

    /** The reason or note the history line keeps. */
    default @Nullable String note() {
        return null;
    }

    /** The status the proposal moves to, when the step moves it. */
    default Optional<ProposalStatus> movesTo() {
        return Optional.empty();
    }

    /** A move of the pipeline; its action is the step's name. */
    sealed interface Move extends ProposalEvent {
        Step step();

        @Override
        default String action() {
            return step().name();
        }

        @Override
        default Optional<ProposalStatus> movesTo() {
            return Optional.of(step().to());
        }
    }

    record Submitted(String justification) implements Move {
        @Override
        public Step step() {
            return Step.SUBMIT;
        }

        @Override
        public String note() {
            return justification;
        }
    }

    record ReviewStarted() implements Move {
        @Override
        public Step step() {
            return Step.START_REVIEW;
        }
    }

    /** The whole proposal back to its proposer; the checklist starts again, since what it checked may change. */
    record ReturnedToProposer(String reason) implements Move {
        @Override
        public Step step() {
            return Step.RETURN;
        }

        @Override
        public String note() {
            return reason;
        }
    }

    /** Công khai for the period the regulation in force sets; {@code note} cites it. */
    record Published(PublicCommentPeriod period, String note) implements Move {
        @Override
        public Step step() {
            return Step.PUBLISH;
        }
    }

    /** Each standing candidate is an option of one of the council's votes. */
    record PutToCouncil(List<CouncilOption> options) implements Move {
        public PutToCouncil {
            options = List.copyOf(options);
        }

        @Override
        public Step step() {
            return Step.CLOSE_PUBLIC_COMMENT;
        }
    }

    /** The candidates whose vote lacked a quorum are options of a new vote; the proposal stays with the council. */
    record RevoteCalled(List<CouncilOption> options, String names) implements ProposalEvent {
        public RevoteCalled {
            options = List.copyOf(options);
        }

        @Override
        public String action() {
            return "COUNCIL_REVOTE";
        }

        @Override
        public String note() {
            return names;
        }
    }

    record CouncilOption(long candidateId, long voteId, long optionId) {}

    /** The council's result for every standing candidate; with none passed the proposal ends. */
    record CouncilRecorded(Step step, List<CandidateMoved> results, String passedNames) implements Move {
        public CouncilRecorded {
            results = List.copyOf(results);
        }

        @Override
        public String note() {
            return passedNames;
        }
    }

    /** The decision awards every candidate the council passed, each with its certificate number and registry row. */
    record Decided(
            long decisionId,
            List<Awarded> awards,
            @Nullable CandidateStatus awardedAs,
            @Nullable String note) implements Move {
        public Decided {
            awards = List.copyOf(awards);
        }

        @Override
        public Step step() {
            return Step.ISSUE_DECISION;
        }
    }

    record Awarded(long candidateId, String certificateNumber, long subjectId) {}

    /** One candidate's step; {@code storedReason} is what its row keeps, {@code note} what the history keeps. */
    record CandidateMoved(
            long candidate,
            CandidateStep step,
            CandidateStatus to,
            @Nullable String storedReason,
            @Nullable String note)
            implements ProposalEvent {
        @Override
        public String action() {
            return "CANDIDATE_" + step.name();
        }

        @Override
        public Long candidateId() {
            return candidate;
        }

        /** A resubmitted candidate is checked again from the start. */
        public boolean clearsChecklist() {
            return step == CandidateStep.RESUBMIT;
        }
    }

    record CandidateChecked(long candidate, boolean dossier, boolean criteria, boolean quota) implements ProposalEvent {
        @Override
        public String action() {
            return "CHECKLIST";
        }

        @Override
        public Long candidateId() {
            return candidate;
        }

        @Override
        public String note() {
            return (dossier ? "hồ sơ ✓ " : "") + (criteria ? "tiêu chuẩn ✓ " : "") + (quota ? "tỷ lệ ✓" : "");
        }
    }

    /** A new candidate; the store gives it its id and names it on the history line. */
    record CandidateAdded(
            SubjectKind kind,
            long unitId,
            String fullName,
            String jobTitle,
            Award award,
            String awardLabel,
            String voteResult,
            String narrative)
            implements ProposalEvent {
        @Override
        public String action() {
            return "ADD_CANDIDATE";
        }
    }

    /** A candidate taken off the draft; the history keeps its name, since its row goes. */
    record CandidateRemoved(long candidate, String fullName) implements ProposalEvent {
        @Override
        public String action() {
            return "REMOVE_CANDIDATE";
        }

        @Override
        public String note() {
            return fullName;
        }
    }

    record ReportEdited(long candidate, String narrative, String jobTitle) implements ProposalEvent {
        @Override
        public String action() {
            return "EDIT_REPORT";
        }

        @Override
        public Long candidateId() {
            return candidate;
        }
    }

    record FileAdded(Long candidate, String name, String contentType, byte[] content) implements ProposalEvent {
        @Override
        public String action() {
            return "UPLOAD";
        }

        @Override
        public Long candidateId() {
            return candidate;
        }

        @Override
        public String note() {
            return name;
        }
    }

    record CommentMarkedSpam(long commentId) implements ProposalEvent {
        @Override
        public String action() {
            return "COMMENT_SPAM";
        }

        @Override
        public String note() {
            return String.valueOf(commentId);
        }
    }

    record CommentAnswered(long commentId, String answer) implements ProposalEvent {
        @Override
        public String action() {
            return "ANSWER_COMMENT";
        }

        @Override
        public String note() {
            return answer;
        }
    }
}
