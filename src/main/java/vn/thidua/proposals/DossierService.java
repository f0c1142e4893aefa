package vn.thidua.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.reports.MinutesSigning;
import vn.thidua.reports.ReportCommand;
import vn.thidua.reports.YearDocuments;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.signatures.SignedDocuments;

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
    private final UnitService units;

    private static final Set<UnitKind> UNDER_AUTHORITY =
            EnumSet.of(UnitKind.SO, UnitKind.BAN, UnitKind.VAN_PHONG, UnitKind.THANH_TRA, UnitKind.SU_NGHIEP);
    private final Messages messages;
    private final SignedDocuments signed;

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
            UnitService units,
            Messages messages,
            SignedDocuments signed) {
        this.signed = signed;
        this.units = units;
        this.messages = messages;
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
            case SUBMISSION -> {
                if (format == DocumentService.Format.PDF) {
                    // once signed, the signed file is the original: every download gives its bytes
                    var original = signed.original(SubmissionSigning.ref(p));
                    if (original.isPresent()) {
                        yield new DocumentService.File(
                                original.get().content(), original.get().fileName(), "application/pdf");
                    }
                }
                yield DocumentService.render(
                        DossierDrafts.submission(p, a, today, signerTitle(p)), "to-trinh-de-nghi-" + p.id(), format);
            }
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
                        DossierDrafts.achievementReport(p, c, a, parentBody(p, a, c), today, history),
                        "bao-cao-thanh-tich-" + c.id(),
                        format);
            }
            case MINUTES -> minutes(user, p, format);
            case DECISION -> {
                if (p.decision() == null) {
                    throw checks.refusal("decision", "proposal.decision.none");
                }
                if (format == DocumentService.Format.PDF) {
                    // once signed, the signed file is the original: every download gives its bytes
                    var original = signed.original(new SignedDocuments.Ref(SignedDocuments.Kind.DECISION, p.id()));
                    if (original.isPresent()) {
                        yield new DocumentService.File(
                                original.get().content(), original.get().fileName(), "application/pdf");
                    }
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

    /**
     * The line above the reporting unit's name (Decree 30/2020): the authority the registry files the
     * unit under, for the bodies it directly manages (a Sở, a Ban, its inspectorate, office, public
     * service units); a district's People's Committee, an association or a company heads its own page.
     */
    private @Nullable String parentBody(ProposalView p, DossierDrafts.Authority a, ProposalView.Candidate c) {
        UnitView unit = units.get(c.unitId());
        if (!UNDER_AUTHORITY.contains(unit.kind())) {
            return null;
        }
        if (unit.authorityId() == p.authorityId()) {
            // the proposal's authority as named on the report's day (its successor's name once merged)
            return AuthorityNames.parentLine(a.name(), a.province());
        }
        AuthorityView own = authorities.get(unit.authorityId());
        return AuthorityNames.parentLine(own.name(), own.kind() == AuthorityKind.PROVINCE);
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
                                && (c.kind() == SubjectKind.COLLECTIVE
                                        || e.subjectName().equalsIgnoreCase(c.fullName())))
                        .toList();
    }

    private DocumentService.File minutes(CurrentUser user, ProposalView p, DocumentService.Format format) {
        if (p.level() != ProposerLevel.BLOC) {
            throw checks.refusal("kind", "proposal.minutes.none");
        }
        if (!access.readsWholeDossier(user, p)) {
            throw checks.forbidden("proposal.minutes.forbidden");
        }
        CurrentUser reader = minutesReader(user, p);
        ConferenceView conference = conferences
                .get(blocs.scope(reader, p.blocYearId()))
                .orElseThrow(() -> checks.refusal("kind", "proposal.minutes.none"));
        ReportCommand command = MinutesSigning.asSigned(conference, p.authorityName(), clock);
        return documents.document(reader, p.blocYearId(), YearDocuments.Kind.MINUTES, command, format);
    }

    /**
     * Who the minutes are drafted for. The bloc year's own documents are its board's and leading
     * unit's; the council that votes on the proposal and the decider who signs it have no standing in
     * the bloc year, but the proposal gives them its dossier, minutes included: for them the minutes
     * are drafted as for the proposal's board, which reads the same minutes, and for nothing else.
     */
    private CurrentUser minutesReader(CurrentUser user, ProposalView p) {
        boolean ownStanding = blocs.scopeIfAny(user, p.blocYearId())
                .map(s -> s.board() || s.leader())
                .orElse(false);
        return ownStanding
                ? user
                : new CurrentUser(user.id(), user.username(), user.fullName(), Role.BOARD, p.authorityId(), null, null);
    }

    /** Who signs a submission: a bloc's leader by the bloc's own word (Cụm trưởng for a cụm), else the unit's head. */
    private String signerTitle(ProposalView p) {
        if (p.level() != ProposerLevel.BLOC) {
            return messages.get("proposal.signer.unit");
        }
        return messages.get("blocRole.LEADER."
                + blocs.get(blocs.yearById(p.blocYearId()).blocId()).kind());
    }
}
