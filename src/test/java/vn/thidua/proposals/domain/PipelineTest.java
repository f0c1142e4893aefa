package vn.thidua.proposals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void eachStepMovesFromItsStatesOnlyAndOnlyForItsActor() {
        for (Step step : Step.values()) {
            for (ProposalStatus status : ProposalStatus.values()) {
                for (Actor actor : Actor.values()) {
                    Transition t = step.take(status, actor);
                    if (actor != step.actor()) {
                        assertThat(t).isEqualTo(new Transition.Refused(Transition.Refusal.NOT_YOUR_STEP));
                    } else if (step.allowedFrom(status)) {
                        assertThat(t).isEqualTo(new Transition.Moved(status, step.to()));
                    } else {
                        assertThat(t)
                                .as(step + " from " + status)
                                .isEqualTo(new Transition.Refused(Transition.Refusal.WRONG_STATE));
                    }
                }
            }
        }
    }

    @Test
    void thePipelineRunsFromDraftToDecisionWithTheBoardReturningOnce() {
        ProposalStatus s = ProposalStatus.DRAFT;
        Step[] path = {
            Step.SUBMIT,
            Step.START_REVIEW,
            Step.RETURN,
            Step.SUBMIT,
            Step.START_REVIEW,
            Step.PUBLISH,
            Step.CLOSE_PUBLIC_COMMENT,
            Step.RECORD_COUNCIL,
            Step.ISSUE_DECISION
        };
        for (Step step : path) {
            Transition t = step.take(s, step.actor());
            assertThat(t).isInstanceOf(Transition.Moved.class);
            s = ((Transition.Moved) t).to();
        }
        assertThat(s).isEqualTo(ProposalStatus.DECIDED);
        for (Step step : Step.values()) {
            assertThat(step.take(ProposalStatus.DECIDED, step.actor()))
                    .as("nothing after the decision")
                    .isInstanceOf(Transition.Refused.class);
        }
    }

    @Test
    void onlyTheProposerEditsAndOnlyBeforeTheBoardHoldsIt() {
        assertThat(EnumSet.allOf(ProposalStatus.class).stream().filter(ProposalStatus::editableByProposer))
                .containsExactlyInAnyOrder(ProposalStatus.DRAFT, ProposalStatus.RETURNED);
    }

    @Test
    void aCandidateIsReturnedOrDroppedInReviewPassedOrNotByTheCouncilAndAwardedByTheDecision() {
        assertThat(CandidateStep.RETURN.after(ProposalStatus.UNDER_REVIEW, CandidateStatus.PROPOSED, Actor.BOARD))
                .isEqualTo(CandidateStatus.RETURNED);
        assertThat(CandidateStep.RETURN.after(ProposalStatus.SUBMITTED, CandidateStatus.PROPOSED, Actor.BOARD))
                .as("not before the board takes it up")
                .isNull();
        assertThat(CandidateStep.RETURN.after(ProposalStatus.UNDER_REVIEW, CandidateStatus.PROPOSED, Actor.PROPOSER))
                .isNull();
        assertThat(CandidateStep.RESUBMIT.after(ProposalStatus.UNDER_REVIEW, CandidateStatus.RETURNED, Actor.PROPOSER))
                .isEqualTo(CandidateStatus.PROPOSED);
        assertThat(CandidateStep.RESUBMIT.after(ProposalStatus.UNDER_REVIEW, CandidateStatus.PROPOSED, Actor.PROPOSER))
                .isNull();
        assertThat(CandidateStep.REJECT.after(ProposalStatus.PUBLIC_COMMENT, CandidateStatus.PROPOSED, Actor.BOARD))
                .as("a comment may show a candidate should not go on")
                .isEqualTo(CandidateStatus.REJECTED);
        assertThat(CandidateStep.REJECT.after(ProposalStatus.COUNCIL, CandidateStatus.PROPOSED, Actor.BOARD))
                .as("the council decides from here")
                .isNull();
        assertThat(CandidateStep.COUNCIL_PASSED.after(ProposalStatus.COUNCIL, CandidateStatus.PROPOSED, Actor.BOARD))
                .isEqualTo(CandidateStatus.PASSED);
        assertThat(CandidateStep.COUNCIL_NOT_PASSED.after(
                        ProposalStatus.COUNCIL, CandidateStatus.PROPOSED, Actor.BOARD))
                .isEqualTo(CandidateStatus.NOT_PASSED);
        assertThat(CandidateStep.AWARD.after(ProposalStatus.AWAITING_DECISION, CandidateStatus.PASSED, Actor.DECIDER))
                .isEqualTo(CandidateStatus.AWARDED);
        assertThat(CandidateStep.AWARD.after(
                        ProposalStatus.AWAITING_DECISION, CandidateStatus.NOT_PASSED, Actor.DECIDER))
                .isNull();
        assertThat(CandidateStep.AWARD.after(ProposalStatus.AWAITING_DECISION, CandidateStatus.PASSED, Actor.BOARD))
                .isNull();
        assertThat(CandidateStatus.REJECTED.standing()).isFalse();
        assertThat(CandidateStatus.NOT_PASSED.standing()).isFalse();
    }

    @Test
    void aPublicCommentPeriodIsOverOnlyWhenItsLastMomentHasPassed() {
        Instant start = Instant.parse("2022-02-01T02:00:00Z");
        PublicCommentPeriod period = PublicCommentPeriod.starting(start, 7);
        assertThat(period.until()).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(period.over(start.plus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
        assertThat(period.over(start.plus(Duration.ofDays(7)))).isTrue();
    }

    @Test
    void decisionNumbersAreWrittenInTheStateFormat() {
        assertThat(new DecisionNumber(15, "QĐ-UBND").text()).isEqualTo("15/QĐ-UBND");
        assertThat(new DecisionNumber(5, "QĐ-BTP").text()).isEqualTo("05/QĐ-BTP");
        assertThat(new DecisionNumber(15, "QĐ-UBND").certificate(2)).isEqualTo("15/QĐ-UBND-02");
    }
}
