package vn.thidua.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.proposals.domain.Actor;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.Step;
import vn.thidua.proposals.domain.Transition;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;

/** Takes the steps of the pipeline: refuses a step out of turn, records each step taken and the new step's due date. */
@Component
class Pipeline {

    private final ProposalAccess access;
    private final ProposalStore store;
    private final ParameterService parameters;
    private final Messages messages;
    private final Clock clock;

    Pipeline(ProposalAccess access, ProposalStore store, ParameterService parameters, Messages messages, Clock clock) {
        this.access = access;
        this.store = store;
        this.parameters = parameters;
        this.messages = messages;
        this.clock = clock;
    }

    void allow(CurrentUser user, ProposalView p, Step step) {
        access.require(user, p, step.actor());
        Transition t = step.take(p.status(), step.actor());
        if (t instanceof Transition.Refused) {
            throw new InvalidInputException(List.of(new Violation(
                    "status",
                    messages.get(
                            "proposal.step.wrongState",
                            messages.get("proposalStep." + step),
                            messages.get("proposalStatus." + p.status())))));
        }
    }

    void move(CurrentUser user, ProposalView p, Step step, String reason) {
        allow(user, p, step);
        store.moveTo(p.id(), step.to(), clock.instant(), due(p, step.to()));
        store.event(p.id(), null, step.name(), p.status(), step.to(), reason, user.username(), clock.instant());
    }

    void requireActor(CurrentUser user, ProposalView p, Actor actor) {
        access.require(user, p, actor);
    }

    /** When the new step should be done: the days the authority's regulation in force gives it. */
    private LocalDate due(ProposalView p, ProposalStatus status) {
        ParameterKey key = switch (status) {
            case SUBMITTED, UNDER_REVIEW, RETURNED -> ParameterKey.PROPOSAL_REVIEW_DAYS;
            case PUBLIC_COMMENT -> ParameterKey.PUBLIC_COMMENT_DAYS;
            case COUNCIL -> ParameterKey.COUNCIL_SESSION_DAYS;
            case AWAITING_DECISION -> ParameterKey.DECISION_DAYS;
            default -> null;
        };
        Parameter days = key == null
                ? null
                : parameters.table().forYear(p.year(), p.authorityId()).get(key);
        return days == null ? null : LocalDate.now(clock).plusDays(days.value().longValue());
    }
}
