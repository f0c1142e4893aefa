package vn.thidua.proposals;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.org.BlocService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.domain.Step;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.Parameters;
import vn.thidua.rules.domain.Quotas;
import vn.thidua.rules.domain.Verdict;

/**
 * Sends the proposal to the board. The dossier must be complete; a candidate the engine finds not
 * eligible, or more candidates than the bloc's quotas, needs the proposer's written justification.
 */
@Service
public class Submission {

    private final ProposalSteps steps;
    private final ProposalReading reading;
    private final ProposalStore store;
    private final BlocService blocs;
    private final ConferenceService conferences;
    private final ParameterService parameters;
    private final Checks checks;
    private final Messages messages;

    Submission(
            ProposalSteps steps,
            ProposalReading reading,
            ProposalStore store,
            BlocService blocs,
            ConferenceService conferences,
            ParameterService parameters,
            Checks checks,
            Messages messages) {
        this.steps = steps;
        this.reading = reading;
        this.store = store;
        this.blocs = blocs;
        this.conferences = conferences;
        this.parameters = parameters;
        this.checks = checks;
        this.messages = messages;
    }

    @Transactional
    public ProposalView submit(CurrentUser user, long id, ProposalCommands.Submit command) {
        ProposalSteps.Loaded loaded = steps.load(user, id, command.version());
        steps.check(() -> loaded.proposal().require(loaded.roles(), Step.SUBMIT));
        ProposalView p = reading.get(user, id);
        Checks.Collector check = checks.none();
        steps.collect(check, loaded.proposal().unreadyForSubmission());
        if (ProposalAccess.bloc(p)) {
            if (conferences
                    .get(blocs.scope(user, p.blocYearId()))
                    .map(c -> !c.signed())
                    .orElse(true)) {
                check.reject("conference", "proposal.conference.notSigned");
            }
        }
        List<String> needsJustification = new ArrayList<>(quotaBreaches(p));
        p.standing().stream()
                .filter(c -> c.eligibility() != null && c.eligibility().verdict() == Verdict.NOT_ELIGIBLE)
                .forEach(c -> needsJustification.add(messages.get(
                        "proposal.notEligible", c.fullName(), c.award().label())));
        String justification = FormText.strip(command.justification());
        if (!needsJustification.isEmpty() && (justification == null || justification.length() < 20)) {
            check.reject("justification", "proposal.justification.required", String.join("; ", needsJustification));
        }
        if (justification != null && justification.length() > 4000) {
            check.reject("justification", "proposal.justification.tooLong");
        }
        check.throwIfInvalid();
        return steps.take(user, loaded, () -> loaded.proposal().submit(loaded.roles(), justification));
    }

    /** Candidates beyond the bloc's flag and merit quotas, each with the rule that sets the quota. */
    public List<String> quotaBreaches(ProposalView p) {
        if (!ProposalAccess.bloc(p)) {
            return List.of();
        }
        Parameters rules = parameters.table().forYear(p.year(), p.authorityId());
        List<String> breaches = new ArrayList<>();
        for (Quotas.Kind kind : List.of(Quotas.Kind.BLOC_FLAGS, Quotas.Kind.BLOC_MERITS)) {
            Award award = kind == Quotas.Kind.BLOC_FLAGS ? Award.CO_TINH : Award.BK_TINH;
            int proposed =
                    (int) p.standing().stream().filter(c -> c.award() == award).count();
            Quotas.QuotaCheck q = Quotas.check(
                    kind, kind == Quotas.Kind.BLOC_FLAGS ? store.flagQuota(p.blocYearId()) : null, proposed, rules);
            if (Boolean.FALSE.equals(q.met())) {
                breaches.add(messages.get("proposal.quota.exceeded", award.label(), proposed, q.max(), q.basis()));
            }
        }
        return breaches;
    }
}
