package vn.thidua.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.domain.Proposal;
import vn.thidua.proposals.domain.ProposalEvent;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.Roles;
import vn.thidua.proposals.domain.Step;
import vn.thidua.proposals.domain.StepRefused;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;

/**
 * How every use case takes a step: the proposal loaded with its row locked and the version its
 * reader saw compared, the roles the user really holds on it, the aggregate's refusal answered by
 * its kind (not yours 403, wrong state 409, missing 404, invalid 400, each with its message's key
 * as code), and the event saved with the new step's due date.
 */
@Component
record ProposalSteps(
        ProposalStore store,
        ProposalAccess access,
        ProposalReading reading,
        ParameterService parameters,
        Checks checks,
        Messages messages,
        Clock clock) {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A proposal under a step: as stored (no eligibility answers), its aggregate, and who the user is to it. */
    record Loaded(ProposalView view, Proposal proposal, Roles roles) {
        long id() {
            return view.id();
        }
    }

    /** The proposal, its row locked for the step about to be taken, refused when the reader's version is stale. */
    Loaded load(CurrentUser user, long id, Long version) {
        Proposal proposal = store.load(id).orElseThrow(() -> checks.notFound("proposal.notFound", id));
        if (proposal.staleFor(version)) {
            throw new OptimisticLockingFailureException("proposal " + id + " changed");
        }
        ProposalView view = store.find(id).orElseThrow();
        return new Loaded(view, proposal, access.roles(user, view));
    }

    /** A question to the aggregate (a guard, a finding), its refusal answered by its kind. */
    <T> T ask(Supplier<T> question) {
        try {
            return question.get();
        } catch (StepRefused e) {
            throw refusal(e);
        } catch (Proposal.StaleVersion e) {
            throw new OptimisticLockingFailureException(e.getMessage(), e);
        }
    }

    void check(Runnable guard) {
        ask(() -> {
            guard.run();
            return null;
        });
    }

    /**
     * The step's event, asked of the aggregate, written with its history line; the proposal as the user now reads it.
     */
    ProposalView take(CurrentUser user, Loaded p, Supplier<? extends ProposalEvent> step) {
        ProposalEvent event = ask(step);
        Instant now = clock.instant();
        store.save(
                p.proposal(),
                event,
                user.username(),
                now,
                event.movesTo().map(to -> due(p.view(), to)).orElse(null));
        return reading.get(user, p.id());
    }

    /** The refusal as the platform answers it: a Vietnamese message and its key as code. */
    RuntimeException refusal(StepRefused e) {
        Object[] args = e.args().stream().map(this::named).toArray();
        return switch (e.kind()) {
            case NOT_YOURS -> checks.forbidden(e.code(), args);
            case WRONG_STATE -> checks.conflict(e.code(), args);
            case MISSING -> checks.notFound(e.code(), args);
            case INVALID -> checks.refusal(e.field(), e.code(), args);
        };
    }

    /** The aggregate's findings on the input, beside the use case's own, so that every one is shown at once. */
    void collect(Checks.Collector check, List<StepRefused> findings) {
        findings.forEach(f -> check.reject(
                f.field(), f.code(), f.args().stream().map(this::named).toArray()));
    }

    /**
     * An enum by its own message ("proposalStatus.DRAFT", a step "proposalStep.SUBMIT"), a moment as people read it in
     * Vietnam.
     */
    private Object named(Object arg) {
        if (arg instanceof Step step) {
            return messages.get("proposalStep." + step.name());
        }
        if (arg instanceof Enum<?> value) {
            String type = value.getDeclaringClass().getSimpleName();
            return messages.get(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
        }
        if (arg instanceof Instant at) {
            return moment(at);
        }
        return arg;
    }

    /** A moment as people read it in Vietnam: "14:00 ngày 08/02/2024". */
    String moment(Instant at) {
        return MOMENT.format(at.atZone(VIETNAM));
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
