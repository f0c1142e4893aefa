package vn.thidua.proposals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.awards.NewAward;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.proposals.domain.DecisionNumber;
import vn.thidua.proposals.domain.Step;
import vn.thidua.proposals.internal.ProposalStore;

/**
 * The decider's step: the decision, numbered in the authority's yearly sequence, awards the
 * candidates the council passed and enters them in the registry, where later years' eligibility reads them.
 */
@Service
public class DecisionService {

    private final ProposalStore store;
    private final ProposalService proposals;
    private final Pipeline pipeline;
    private final AuthorityService authorities;
    private final AwardRegistry registry;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;

    private final vn.thidua.platform.audit.AuditLog audit;

    DecisionService(
            ProposalStore store,
            ProposalService proposals,
            Pipeline pipeline,
            AuthorityService authorities,
            AwardRegistry registry,
            Checks checks,
            Messages messages,
            Clock clock,
            vn.thidua.platform.audit.AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.proposals = proposals;
        this.pipeline = pipeline;
        this.authorities = authorities;
        this.registry = registry;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    /** The number the next decision of the authority would take in the year of that date. */
    @Transactional(readOnly = true)
    public int nextNumber(long authorityId, int year) {
        return store.nextDecisionNumber(authorityId, year);
    }

    @Transactional
    public ProposalView issue(CurrentUser user, long id, ProposalCommands.Decision command) {
        ProposalView p = proposals.locked(id, command.version());
        pipeline.allow(user, p, Step.ISSUE_DECISION);
        AuthorityView authority = authorities.get(p.authorityId());
        boolean province = authority.kind() == AuthorityKind.PROVINCE;
        String symbol = AuthorityNames.decisionSymbol(authority.name(), province);
        Checks.Collector check = checks.none();
        List<ProposalView.Candidate> passed = p.candidates().stream()
                .filter(c -> c.status() == CandidateStatus.PASSED)
                .toList();
        if (passed.isEmpty()) {
            check.reject("candidates", "proposal.decision.nonePassed");
        }
        if (command.signedOn() == null) {
            check.reject("signedOn", "proposal.decision.date");
        } else if (command.signedOn().isAfter(java.time.LocalDate.now(clock))
                || command.signedOn().getYear() < p.year()) {
            check.reject("signedOn", "proposal.decision.dateRange", p.year());
        }
        String signer = ProposalService.strip(command.signerName());
        String title = ProposalService.strip(command.signerTitle());
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
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // another decision took the number between the check and the insert
            throw new vn.thidua.platform.validation.InvalidInputException(
                    List.of(new vn.thidua.platform.validation.Violation(
                            "number", messages.get("proposal.decision.numberTaken", decision.text(), year))));
        }
        List<NewAward> awards = new ArrayList<>();
        // the decision names a collective as it is named on the decision's day (a renamed unit by its new name)
        List<ProposalView.Candidate> named = proposals.named(p, command.signedOn()).candidates().stream()
                .filter(c -> c.status() == CandidateStatus.PASSED)
                .toList();
        for (int i = 0; i < passed.size(); i++) {
            ProposalView.Candidate c = named.get(i);
            awards.add(new NewAward(
                    c.subjectId(),
                    c.kind(),
                    c.unitId(),
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
                    p.authorityId(),
                    AuthorityNames.decider(authority.name(), province),
                    decision.certificate(i + 1),
                    "DECISION",
                    decisionId,
                    c.id()));
        }
        List<Long> subjects = registry.record(awards);
        for (int i = 0; i < passed.size(); i++) {
            store.award(passed.get(i).id(), decision.certificate(i + 1), subjects.get(i));
            store.event(
                    id,
                    passed.get(i).id(),
                    "CANDIDATE_AWARD",
                    p.status(),
                    p.status(),
                    decision.certificate(i + 1),
                    user.username(),
                    clock.instant());
        }
        store.setDecision(id, decisionId);
        pipeline.move(user, p, Step.ISSUE_DECISION, messages.get("proposal.decision.event", decision.text()));
        audit.record(vn.thidua.platform.audit.AuditEvent.by(
                user,
                vn.thidua.platform.audit.AuditAction.DECISION_ISSUED,
                p.authorityId(),
                "đề nghị " + id,
                "Quyết định số " + decision.text() + " ngày " + command.signedOn() + ", " + passed.size()
                        + " khen thưởng; ký: " + signer + " (" + title + ")"));
        return proposals.get(user, id);
    }
}
