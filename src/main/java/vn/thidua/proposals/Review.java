package vn.thidua.proposals;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.EnteredAfterwards;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.domain.CandidateStep;
import vn.thidua.proposals.domain.PublicCommentPeriod;
import vn.thidua.proposals.domain.Step;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;
import vn.thidua.signatures.SignedDocuments;

/**
 * The board's review: taking the proposal up, a checklist per candidate, a candidate returned or
 * dropped with its reason (and resubmitted by the proposer), the whole proposal returned, and công
 * khai for the days the regulation in force sets.
 */
@Service
public class Review {

    private final ProposalSteps steps;
    private final ParameterService parameters;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final EnteredAfterwards afterwards;
    private final SignedDocuments signed;

    Review(
            ProposalSteps steps,
            ParameterService parameters,
            Checks checks,
            Messages messages,
            Clock clock,
            EnteredAfterwards afterwards,
            SignedDocuments signed) {
        this.signed = signed;
        this.steps = steps;
        this.parameters = parameters;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
        this.afterwards = afterwards;
    }

    @Transactional
    public ProposalView startReview(CurrentUser user, long id, ProposalCommands.Version command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        return steps.take(user, p, () -> p.proposal().startReview(p.roles()));
    }

    /** Sends the whole proposal back to the proposer, with the reason it must read. */
    @Transactional
    public ProposalView returnProposal(CurrentUser user, long id, ProposalCommands.Reason command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        steps.check(() -> p.proposal().require(p.roles(), Step.RETURN));
        String reason = reason(command.reason());
        ProposalView returned = steps.take(user, p, () -> p.proposal().returnToProposer(p.roles(), reason));
        // the proposer redoes its dossier: the tờ trình it signed no longer stands, the next one is signed anew
        signed.supersede(SubmissionSigning.ref(returned));
        return returned;
    }

    @Transactional
    public ProposalView checklist(CurrentUser user, long id, long candidateId, ProposalCommands.Checklist command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        return steps.take(
                user,
                p,
                () -> p.proposal()
                        .check(p.roles(), candidateId, command.dossier(), command.criteria(), command.quota()));
    }

    /**
     * Returns one candidate (the others stay under review) or drops it from the proposal, with the reason; or the
     * proposer resubmits it.
     */
    @Transactional
    public ProposalView candidateStep(
            CurrentUser user, long id, long candidateId, CandidateStep step, ProposalCommands.Reason command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        // the step's guards come before the reason is read: a refusal says why the step cannot be taken at all
        steps.check(() -> p.proposal().moveCandidate(p.roles(), candidateId, step, null));
        String reason = step == CandidateStep.RESUBMIT ? null : reason(command.reason());
        return steps.take(user, p, () -> p.proposal().moveCandidate(p.roles(), candidateId, step, reason));
    }

    /**
     * Công khai: the list goes on the public page for the days the regulation in force sets. Every
     * standing candidate must have passed the checklist, none may still be returned.
     */
    @Transactional
    public ProposalView publish(CurrentUser user, long id, ProposalCommands.Version command) {
        ProposalSteps.Loaded loaded = steps.load(user, id, command.version());
        ProposalView p = loaded.view();
        steps.check(() -> loaded.proposal().require(loaded.roles(), Step.PUBLISH));
        Checks.Collector check = checks.none();
        steps.collect(check, loaded.proposal().unreadyForPublication());
        Parameter days = parameters.table().forYear(p.year(), p.authorityId()).get(ParameterKey.PUBLIC_COMMENT_DAYS);
        if (days == null) {
            check.reject("status", "proposal.publish.noPeriod", p.year());
        }
        check.throwIfInvalid();
        // a year entered afterwards was made public outside the system: its period is over at once
        boolean past = afterwards.of(p.blocYearId());
        PublicCommentPeriod period = past
                ? PublicCommentPeriod.afterwards(clock.instant())
                : PublicCommentPeriod.starting(clock.instant(), days.value().intValue());
        String note = past
                ? messages.get("afterwards.publish.event")
                : messages.get(
                        "proposal.publish.event",
                        days.value().intValue(),
                        days.basis().citation());
        return steps.take(user, loaded, () -> loaded.proposal().publish(loaded.roles(), period, note));
    }

    private String reason(String text) {
        String reason = FormText.strip(text);
        if (reason == null || reason.length() < 5 || reason.length() > 2000) {
            throw checks.refusal("reason", "proposal.reason.required");
        }
        return reason;
    }
}
