package vn.thidua.proposals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.rules.domain.SubjectKind;

/** The aggregate's steps, each taken by the role the user really holds: in milliseconds, no Spring. */
class ProposalTest {

    private static final Roles PROPOSER = Roles.of(Actor.PROPOSER);
    private static final Roles BOARD = Roles.of(Actor.BOARD);
    private static final Roles DECIDER = Roles.of(Actor.DECIDER);
    private static final Instant NOW = Instant.parse("2024-01-10T03:00:00Z");

    private static Proposal.Candidate candidate(long id, CandidateStatus status) {
        return new Proposal.Candidate(
                id, SubjectKind.COLLECTIVE, 10 + id, "Đơn vị " + id, status, null, true, true, 1, 70L, 700 + id);
    }

    private static Proposal proposal(ProposalStatus status, Proposal.Candidate... candidates) {
        return new Proposal(1, status, 5, null, List.of(candidates), List.of());
    }

    private static StepRefused.Kind refusal(Runnable step) {
        try {
            step.run();
        } catch (StepRefused e) {
            return e.kind();
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void theProposerSubmitsItsDraftAndTheBoardMayNot() {
        Proposal draft = proposal(ProposalStatus.DRAFT, candidate(1, CandidateStatus.PROPOSED));

        assertThat(draft.submit(PROPOSER, "đủ điều kiện").step()).isEqualTo(Step.SUBMIT);
        assertThat(refusal(() -> draft.submit(BOARD, null)))
                .as("not your step: the board does not submit a unit's draft")
                .isEqualTo(StepRefused.Kind.NOT_YOURS);
    }

    @Test
    void aBoardProposingHoldsBothRolesAndTakesBothSidesSteps() {
        Roles board = Roles.of(Actor.PROPOSER, Actor.BOARD);
        Proposal draft = proposal(ProposalStatus.DRAFT, candidate(1, CandidateStatus.PROPOSED));
        Proposal submitted = proposal(ProposalStatus.SUBMITTED, candidate(1, CandidateStatus.PROPOSED));

        assertThat(draft.submit(board, null)).isInstanceOf(ProposalEvent.Submitted.class);
        assertThat(submitted.startReview(board).movesTo()).contains(ProposalStatus.UNDER_REVIEW);
    }

    @Test
    void aStepFromTheWrongStateIsAConflictNotYourStepComesFirst() {
        Proposal submitted = proposal(ProposalStatus.SUBMITTED, candidate(1, CandidateStatus.PROPOSED));

        assertThat(refusal(() -> submitted.publish(BOARD, PublicCommentPeriod.starting(NOW, 7), "")))
                .isEqualTo(StepRefused.Kind.WRONG_STATE);
        assertThat(refusal(() -> submitted.publish(PROPOSER, PublicCommentPeriod.starting(NOW, 7), "")))
                .isEqualTo(StepRefused.Kind.NOT_YOURS);
        assertThatThrownBy(() -> submitted.publish(BOARD, PublicCommentPeriod.starting(NOW, 7), ""))
                .isInstanceOfSatisfying(StepRefused.class, e -> {
                    assertThat(e.code()).isEqualTo("proposal.step.wrongState");
                    assertThat(e.args()).containsExactly(Step.PUBLISH, ProposalStatus.SUBMITTED);
                });
    }

    @Test
    void nothingIsSubmittedWithoutACandidateOrWithoutItsReport() {
        Proposal empty = proposal(ProposalStatus.DRAFT);
        Proposal.Candidate noReport = new Proposal.Candidate(
                1, SubjectKind.COLLECTIVE, 11, "Sở A", CandidateStatus.PROPOSED, null, false, false, 1, null, null);
        Proposal unwritten = proposal(ProposalStatus.DRAFT, noReport);

        assertThat(empty.unreadyForSubmission())
                .extracting(StepRefused::code)
                .containsExactly("proposal.submit.noCandidate");
        assertThat(unwritten.unreadyForSubmission())
                .extracting(StepRefused::code)
                .containsExactly("proposal.submit.noReport");
        assertThat(refusal(() -> unwritten.submit(PROPOSER, null))).isEqualTo(StepRefused.Kind.INVALID);
    }

    @Test
    void theBoardReturnsOneCandidateAndTheProposerResubmitsIt() {
        Proposal review = proposal(ProposalStatus.UNDER_REVIEW, candidate(1, CandidateStatus.PROPOSED));
        ProposalEvent.CandidateMoved returned = review.moveCandidate(BOARD, 1, CandidateStep.RETURN, "Bổ sung số liệu");

        assertThat(returned.to()).isEqualTo(CandidateStatus.RETURNED);
        assertThat(returned.action()).isEqualTo("CANDIDATE_RETURN");
        assertThat(refusal(() -> review.moveCandidate(PROPOSER, 1, CandidateStep.RETURN, "x")))
                .isEqualTo(StepRefused.Kind.NOT_YOURS);

        Proposal corrected = proposal(ProposalStatus.UNDER_REVIEW, candidate(1, CandidateStatus.RETURNED));
        ProposalEvent.CandidateMoved resubmitted = corrected.moveCandidate(PROPOSER, 1, CandidateStep.RESUBMIT, null);
        assertThat(resubmitted.to()).isEqualTo(CandidateStatus.PROPOSED);
        assertThat(resubmitted.clearsChecklist()).isTrue();
        assertThat(refusal(() -> review.moveCandidate(PROPOSER, 1, CandidateStep.RESUBMIT, null)))
                .as("only a returned candidate is resubmitted")
                .isEqualTo(StepRefused.Kind.WRONG_STATE);
        assertThat(refusal(() -> review.moveCandidate(BOARD, 99, CandidateStep.RETURN, "x")))
                .isEqualTo(StepRefused.Kind.MISSING);
    }

    @Test
    void publicationNeedsEveryStandingCandidateCheckedAndNoneReturned() {
        Proposal.Candidate unchecked = new Proposal.Candidate(
                2, SubjectKind.COLLECTIVE, 12, "Sở B", CandidateStatus.PROPOSED, null, true, false, 1, null, null);
        Proposal review = proposal(
                ProposalStatus.UNDER_REVIEW,
                candidate(1, CandidateStatus.RETURNED),
                unchecked,
                candidate(3, CandidateStatus.REJECTED));

        assertThat(review.unreadyForPublication())
                .extracting(StepRefused::code)
                .containsExactly("proposal.publish.returned", "proposal.publish.unchecked");
        Proposal ready = proposal(ProposalStatus.UNDER_REVIEW, candidate(1, CandidateStatus.PROPOSED));
        assertThat(ready.publish(BOARD, PublicCommentPeriod.starting(NOW, 7), "7 ngày")
                        .movesTo())
                .contains(ProposalStatus.PUBLIC_COMMENT);
    }

    @Test
    void theCouncilsResultPassesSomeOrEndsTheProposalWhenNonePassed() {
        Proposal council = proposal(
                ProposalStatus.COUNCIL, candidate(1, CandidateStatus.PROPOSED), candidate(2, CandidateStatus.PROPOSED));

        ProposalEvent.CouncilRecorded some =
                council.recordCouncil(BOARD, Map.of(1L, true, 2L, false), Map.of(1L, "5/7", 2L, "2/7"));
        assertThat(some.step()).isEqualTo(Step.RECORD_COUNCIL);
        assertThat(some.results())
                .extracting(ProposalEvent.CandidateMoved::to)
                .containsExactly(CandidateStatus.PASSED, CandidateStatus.NOT_PASSED);
        assertThat(some.note()).isEqualTo("Đơn vị 1");

        ProposalEvent.CouncilRecorded none =
                council.recordCouncil(BOARD, Map.of(1L, false, 2L, false), Map.of(1L, "1/7", 2L, "2/7"));
        assertThat(none.movesTo()).contains(ProposalStatus.ENDED);
        assertThat(refusal(() -> council.recordCouncil(DECIDER, Map.of(), Map.of())))
                .isEqualTo(StepRefused.Kind.NOT_YOURS);
    }

    @Test
    void theDeciderAwardsExactlyThosePassed() {
        Proposal awaiting = proposal(
                ProposalStatus.AWAITING_DECISION,
                candidate(1, CandidateStatus.PASSED),
                candidate(2, CandidateStatus.NOT_PASSED));
        List<ProposalEvent.Awarded> one = List.of(new ProposalEvent.Awarded(1, "15/QĐ-UBND-01", 900));

        assertThat(awaiting.award(DECIDER, 3, one, "Quyết định 15/QĐ-UBND").movesTo())
                .contains(ProposalStatus.DECIDED);
        assertThat(refusal(() -> awaiting.award(BOARD, 3, one, "")))
                .as("the board does not sign the decision")
                .isEqualTo(StepRefused.Kind.NOT_YOURS);
        assertThat(refusal(() -> proposal(ProposalStatus.COUNCIL, candidate(1, CandidateStatus.PASSED))
                        .award(DECIDER, 3, one, "")))
                .isEqualTo(StepRefused.Kind.WRONG_STATE);
    }

    @Test
    void theDraftIsTheProposersAndAReturnedCandidatesReportAlsoItsUnits() {
        Proposal review = proposal(
                ProposalStatus.UNDER_REVIEW,
                candidate(1, CandidateStatus.RETURNED),
                candidate(2, CandidateStatus.PROPOSED));
        Roles unitOfOne = Roles.candidateUnitOf(1L);

        assertThat(review.editReport(unitOfOne, 1, 1L, "Bổ sung", null).narrative())
                .isEqualTo("Bổ sung");
        assertThat(refusal(() -> review.editReport(unitOfOne, 2, 1L, "x", null)))
                .isEqualTo(StepRefused.Kind.NOT_YOURS);
        assertThat(refusal(() -> review.editReport(PROPOSER, 2, 1L, "x", null)))
                .isEqualTo(StepRefused.Kind.WRONG_STATE);
        assertThatThrownBy(() -> review.editReport(unitOfOne, 1, 0L, "x", null))
                .isInstanceOf(Proposal.StaleVersion.class);
        assertThat(refusal(() -> review.addCandidate(PROPOSER, null))).isEqualTo(StepRefused.Kind.WRONG_STATE);
        assertThat(refusal(() -> proposal(ProposalStatus.DRAFT, candidate(1, CandidateStatus.REJECTED))
                        .removeCandidate(PROPOSER, 1)))
                .as("a dropped candidate stays on the record")
                .isEqualTo(StepRefused.Kind.WRONG_STATE);
    }

    @Test
    void commentsAreAnsweredOnceDuringCongKhaiOrBeforeTheCouncil() {
        Proposal open = new Proposal(
                1,
                ProposalStatus.PUBLIC_COMMENT,
                5,
                PublicCommentPeriod.starting(NOW, 7),
                List.of(candidate(1, CandidateStatus.PROPOSED)),
                List.of(new Proposal.Comment(40, false, false), new Proposal.Comment(41, true, false)));

        assertThat(open.unansweredComments()).isEqualTo(1);
        assertThat(open.answer(BOARD, 40, "Đã xác minh").action()).isEqualTo("ANSWER_COMMENT");
        assertThat(refusal(() -> open.answer(BOARD, 41, "lần hai"))).isEqualTo(StepRefused.Kind.WRONG_STATE);
        assertThat(refusal(() -> open.markSpam(BOARD, 41))).isEqualTo(StepRefused.Kind.WRONG_STATE);
        assertThat(refusal(() -> open.answer(BOARD, 99, "?"))).isEqualTo(StepRefused.Kind.MISSING);
        assertThat(refusal(() -> open.answer(PROPOSER, 40, "?"))).isEqualTo(StepRefused.Kind.NOT_YOURS);
        assertThat(open.publicCommentOver(NOW.plus(Duration.ofDays(7)))).isTrue();
        assertThat(refusal(() -> proposal(ProposalStatus.DECIDED).answer(BOARD, 40, "?")))
                .isEqualTo(StepRefused.Kind.WRONG_STATE);
    }

    @Test
    void aRevoteIsTheBoardsWhileTheCouncilHoldsTheProposal() {
        Proposal council = proposal(ProposalStatus.COUNCIL, candidate(1, CandidateStatus.PROPOSED));
        List<ProposalEvent.CouncilOption> again = List.of(new ProposalEvent.CouncilOption(1, 71, 801));

        assertThat(council.revote(BOARD, again, "Đơn vị 1").movesTo()).isEmpty();
        assertThat(refusal(() -> council.revote(BOARD, List.of(), ""))).isEqualTo(StepRefused.Kind.INVALID);
        assertThat(refusal(() -> proposal(ProposalStatus.AWAITING_DECISION).revote(BOARD, again, "")))
                .isEqualTo(StepRefused.Kind.WRONG_STATE);
    }

    @Test
    void everyRefusalOfTheAggregateHasItsVietnameseText() throws IOException {
        Properties messages = new Properties();
        try (var in =
                new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Matcher codes = Pattern.compile(
                        "(?:(?:notYours|wrongState|missing|invalid)\\((?:\"[A-Za-z]+\", )?|Kind\\.\\w+, \\w+, )\"([a-z][\\w.]+)\"")
                .matcher(Files.readString(Path.of("src/main/java/vn/thidua/proposals/domain/Proposal.java"))
                        + Files.readString(Path.of("src/main/java/vn/thidua/proposals/domain/StepRefused.java")));
        List<String> found = new ArrayList<>();
        while (codes.find()) {
            found.add(codes.group(1));
        }
        assertThat(found).contains("proposal.step.wrongState", "proposal.step.notYours", "proposal.notYours");
        assertThat(found).allSatisfy(code -> assertThat(messages).containsKey(code));
    }
}
