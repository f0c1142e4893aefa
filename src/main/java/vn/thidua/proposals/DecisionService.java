package vn.thidua.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.awards.NewAward;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.org.AuthorityId;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.UnitId;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.domain.DecisionNumber;
import vn.thidua.proposals.domain.ProposalEvent;
import vn.thidua.proposals.domain.Step;
import vn.thidua.proposals.internal.DecisionStore;

/**
 * The decider's step: the decision, numbered in the authority's yearly sequence, awards the
 * candidates the council passed and enters them in the registry, where later years' eligibility reads them.
 */
@Service
public class DecisionService {

    private final ProposalSteps steps;
    private final ProposalReading reading;
    private final DecisionStore store;
    private final AuthorityService authorities;
    private final AwardRegistry registry;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final AuditLog audit;

    DecisionService(
            ProposalSteps steps,
            ProposalReading reading,
            DecisionStore store,
            AuthorityService authorities,
            AwardRegistry registry,
            Checks checks,
            Messages messages,
            Clock clock,
            AuditLog audit) {
        this.steps = steps;
        this.reading = reading;
        this.store = store;
        this.authorities = authorities;
        this.registry = registry;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
        this.audit = audit;
    }

    /** The number the next decision of the authority would take in the year of that date. */
    @Transactional(readOnly = true)
    public int nextNumber(long authorityId, int year) {
        return store.nextDecisionNumber(authorityId, year);
    }

    @Transactional
    public ProposalView issue(CurrentUser user, long id, ProposalCommands.Decision command) {
        ProposalSteps.Loaded loaded = steps.load(user, id, command.version());
        ProposalView p = loaded.view();
        steps.check(() -> loaded.proposal().require(loaded.roles(), Step.ISSUE_DECISION));
        AuthorityView authority = authorities.get(p.authorityId());
        boolean province = authority.kind() == AuthorityKind.PROVINCE;
        String symbol = AuthorityNames.decisionSymbol(authority.name(), province);
        Checks.Collector check = checks.none();
        if (loaded.proposal().passed().isEmpty()) {
            check.reject("candidates", "proposal.decision.nonePassed");
        }
        if (command.signedOn() == null) {
            check.reject("signedOn", "proposal.decision.date");
        } else if (command.signedOn().isAfter(LocalDate.now(clock))
                || command.signedOn().getYear() < p.year()) {
            check.reject("signedOn", "proposal.decision.dateRange", p.year());
        }
        String signer = FormText.strip(command.signerName());
        String title = FormText.strip(command.signerTitle());
        if (signer == null || signer.length() > 200) {
            check.reject("signerName", "proposal.decision.signer");
        }
        if (title == null || title.length() > 200) {
            check.reject("signerTitle", "proposal.decision.signerTitle");
        }
        Integer number = command.number();
        if (number != null && number < 1) {
            check.reject("number", "proposal.decision.numberRange");
        } else if (number != null
                && command.signedOn() != null
                && store.decisionNumberTaken(p.authorityId(), command.signedOn().getYear(), number)) {
            check.reject(
                    "number",
                    "proposal.decision.numberTaken",
                    new DecisionNumber(number, symbol).text(),
                    command.signedOn().getYear());
        }
        check.throwIfInvalid();
        int year = command.signedOn().getYear();
        DecisionNumber decision =
                new DecisionNumber(number != null ? number : store.nextDecisionNumber(p.authorityId(), year), symbol);
        long decisionId;
        try {
            decisionId = store.insertDecision(
                    p.authorityId(),
                    year,
                    decision.number(),
                    symbol,
                    command.signedOn(),
                    signer,
                    title,
                    user.username(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            // another decision took the number between the check and the insert
            throw checks.refusal("number", "proposal.decision.numberTaken", decision.text(), year);
        }
        // the decision names a collective as it is named on the decision's day (a renamed unit by its new name)
        List<ProposalView.Candidate> passed = reading.named(p, command.signedOn()).candidates().stream()
                .filter(c -> loaded.proposal().passed().stream().anyMatch(x -> x.id() == c.id()))
                .toList();
        List<NewAward> awards = new ArrayList<>();
        for (int i = 0; i < passed.size(); i++) {
            ProposalView.Candidate c = passed.get(i);
            awards.add(new NewAward(
                    c.subjectId(),
                    c.kind(),
                    new UnitId(c.unitId()),
                    c.fullName(),
                    c.jobTitle(),
                    c.award(),
                    c.awardLabel(),
                    p.periodTo(),
                    p.periodFrom(),
                    p.periodTo(),
                    p.commendationType(),
                    decision.text(),
                    command.signedOn(),
                    new AuthorityId(p.authorityId()),
                    AuthorityNames.decider(authority.name(), province),
                    decision.certificate(i + 1),
                    "DECISION",
                    decisionId,
                    c.id()));
        }
        List<Long> subjects = registry.record(awards);
        List<ProposalEvent.Awarded> awarded = new ArrayList<>();
        for (int i = 0; i < passed.size(); i++) {
            awarded.add(new ProposalEvent.Awarded(passed.get(i).id(), decision.certificate(i + 1), subjects.get(i)));
        }
        ProposalView decided = steps.take(
                user,
                loaded,
                () -> loaded.proposal()
                        .award(
                                loaded.roles(),
                                decisionId,
                                awarded,
                                messages.get("proposal.decision.event", decision.text())));
        audit.record(AuditEvent.by(
                user,
                AuditAction.DECISION_ISSUED,
                p.authorityId(),
                "đề nghị " + id,
                "Quyết định số " + decision.text() + " ngày " + command.signedOn() + ", " + passed.size()
                        + " khen thưởng; ký: " + signer + " (" + title + ")"));
        // the audit row last: it chains under a lock that no row lock may follow
        return decided;
    }
}
