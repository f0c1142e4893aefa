package vn.thidua.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.awards.AwardEntry;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.reports.ReportCommand;
import vn.thidua.reports.YearDocuments;
import vn.thidua.rules.ParameterService;

/** The dossier's documents, each as DOCX to edit or PDF to print, drafted from the proposal's data. */
@Service
public class DossierService {

    public enum Document {
        SUBMISSION,
        MINUTES,
        REPORT,
        DECISION
    }

    private final ProposalReading proposals;
    private final AuthorityService authorities;
    private final AwardRegistry registry;
    private final YearDocuments documents;
    private final ConferenceService conferences;
    private final BlocService blocs;
    private final ParameterService parameters;
    private final Clock clock;

    private final ProposalAccess access;
    private final Checks checks;
    private final vn.thidua.platform.validation.Messages messages;

    DossierService(
            ProposalReading proposals,
            AuthorityService authorities,
            AwardRegistry registry,
            YearDocuments documents,
            ConferenceService conferences,
            BlocService blocs,
            ParameterService parameters,
            Clock clock,
            ProposalAccess access,
            Checks checks,
            vn.thidua.platform.validation.Messages messages) {
        this.access = access;
        this.checks = checks;
        this.proposals = proposals;
        this.authorities = authorities;
        this.registry = registry;
        this.documents = documents;
        this.conferences = conferences;
        this.blocs = blocs;
        this.parameters = parameters;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public DocumentService.File document(
            CurrentUser user, long id, Document kind, Long candidateId, DocumentService.Format format) {
        ProposalView p = proposals.get(user, id);
        AuthorityView authority = authorities.get(p.authorityId());
        // the proposal's authority as named on the day of its documents (its successor's name once merged)
        DossierDrafts.Authority a =
                new DossierDrafts.Authority(p.authorityName(), authority.kind() == AuthorityKind.PROVINCE);
        LocalDate today = submittedOn(p);
        return switch (kind) {
            case SUBMISSION ->
                DocumentService.render(
                        DossierDrafts.submission(p, a, today, signerTitle(p)), "to-trinh-de-nghi-" + p.id(), format);
            case REPORT -> {
                if (candidateId == null) {
                    throw checks.refusal("candidateId", "proposal.report.who");
                }
                ProposalView.Candidate c = p.candidates().stream()
                        .filter(x -> x.id() == candidateId)
                        .findFirst()
                        .orElseThrow(() -> checks.notFound("proposal.candidate.notFound", candidateId));
                access.requireReadCandidate(user, p, candidateId);
                // the awards before this proposal: not the one its own decision gave
                List<AwardEntry> history = history(user, c).stream()
                        .filter(e ->
                                p.decision() == null || !p.decision().text().equals(e.decisionNumber()))
                        .toList();
                yield DocumentService.render(
                        DossierDrafts.achievementReport(p, c, a, today, history),
                        "bao-cao-thanh-tich-" + c.id(),
                        format);
            }
            case MINUTES -> minutes(user, p, format);
            case DECISION -> {
                if (p.decision() == null) {
                    throw checks.refusal("decision", "proposal.decision.none");
                }
                List<String> grounds = new ArrayList<>(
                        parameters.instrumentsInForce(p.decision().signedOn()).stream()
                                .map(i -> "Căn cứ " + i.name())
                                .toList());
                yield DocumentService.render(
                        DossierDrafts.decision(p, a, p.decision(), grounds),
                        "quyet-dinh-" + p.decision().number() + "-"
                                + p.decision().signedOn().getYear(),
                        format);
            }
        };
    }

    /** A dossier is dated the day it went to the board (the last time, if it was returned); a draft, today. */
    private LocalDate submittedOn(ProposalView p) {
        return p.events().stream()
                .filter(e -> "SUBMIT".equals(e.action()))
                .reduce((a, b) -> b)
                .map(e -> e.at().atZone(clock.getZone()).toLocalDate())
                .orElse(LocalDate.now(clock));
    }

    /** The candidate's awards in the registry (for a collective, its unit's record through renames and mergers). */
    private List<AwardEntry> history(CurrentUser user, ProposalView.Candidate c) {
        if (!registry.mayRead(user, c.unitId())) {
            // the registry is the board's and the unit's own: another reader gets the report without the history table
            return List.of();
        }
        return c.subjectId() != null
                ? registry.ofSubject(user, c.subjectId()).awards()
                : registry.ofUnit(user, c.unitId()).awards().stream()
                        .filter(e -> e.kind() == c.kind()
                                && (c.kind() == vn.thidua.rules.domain.SubjectKind.COLLECTIVE
                                        || e.subjectName().equalsIgnoreCase(c.fullName())))
                        .toList();
    }

    private DocumentService.File minutes(CurrentUser user, ProposalView p, DocumentService.Format format) {
        if (p.level() != vn.thidua.proposals.domain.ProposerLevel.BLOC) {
            throw checks.refusal("kind", "proposal.minutes.none");
        }
        ConferenceView conference = conferences
                .get(blocs.scope(user, p.blocYearId()))
                .orElseThrow(() -> checks.refusal("kind", "proposal.minutes.none"));
        ReportCommand command = new ReportCommand(
                null,
                conference.heldOn() != null ? conference.heldOn() : LocalDate.now(clock),
                AuthorityNames.place(p.authorityName()),
                conference.chair());
        return documents.document(user, p.blocYearId(), YearDocuments.Kind.MINUTES, command, format);
    }

    /** Who signs a submission: a bloc's leader by the bloc's own word (Cụm trưởng for a cụm), else the unit's head. */
    private String signerTitle(ProposalView p) {
        if (p.level() != vn.thidua.proposals.domain.ProposerLevel.BLOC) {
            return messages.get("proposal.signer.unit");
        }
        return messages.get("blocRole.LEADER."
                + blocs.get(blocs.yearById(p.blocYearId()).blocId()).kind());
    }
}
