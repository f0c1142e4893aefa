package vn.thidua.proposals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.files.FileKinds;
import vn.thidua.platform.files.UploadLimit;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.domain.ProposalEvent;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.AwardNames;
import vn.thidua.rules.domain.SubjectKind;

/**
 * The dossier while it is the proposer's: its candidates, their achievement reports (a candidate's
 * own unit writes its own too, and again when the board returns it) and the evidence files.
 */
@Service
public class DossierEditing {

    private final ProposalSteps steps;
    private final BlocService blocs;
    private final AuthorityService authorities;
    private final Checks checks;

    private final UploadLimit limit;

    DossierEditing(
            ProposalSteps steps, BlocService blocs, AuthorityService authorities, Checks checks, UploadLimit limit) {
        this.limit = limit;
        this.steps = steps;
        this.blocs = blocs;
        this.authorities = authorities;
        this.checks = checks;
    }

    @Transactional
    public ProposalView addCandidate(CurrentUser user, long id, ProposalCommands.Candidate command) {
        ProposalSteps.Loaded loaded = steps.load(user, id, command.version());
        ProposalView p = loaded.view();
        steps.check(() -> loaded.proposal().requireEditableBy(loaded.roles()));
        Checks.Collector check = checks.none();
        SubjectKind kind = FormText.parse(SubjectKind.class, command.kind());
        Award award = FormText.parse(Award.class, command.award());
        if (kind == null) {
            check.reject("kind", "proposal.candidate.kind");
        }
        if (award == null || !AwardNames.decidedByAuthority(award)) {
            check.reject("award", "proposal.candidate.award");
        } else if (kind != null && !award.isFor(kind)) {
            check.reject("award", "proposal.candidate.awardKind", award.label());
        }
        UnitRef unit = command.unitId() == null
                ? null
                : blocs.scope(user, p.blocYearId()).year().members().stream()
                        .filter(m -> m.id() == command.unitId())
                        .findFirst()
                        .orElse(null);
        if (unit == null || (p.level() == ProposerLevel.UNIT && unit.id() != p.proposerUnitId())) {
            check.reject("unitId", "proposal.candidate.unit");
        }
        String name = kind == SubjectKind.COLLECTIVE && unit != null ? unit.name() : FormText.strip(command.fullName());
        if (name == null || name.length() > 300) {
            check.reject("fullName", "proposal.candidate.name");
        }
        if (command.jobTitle() != null && command.jobTitle().length() > 300) {
            check.reject("jobTitle", "proposal.candidate.jobTitle");
        }
        if (command.narrative() != null && command.narrative().length() > 20_000) {
            check.reject("narrative", "proposal.narrative.tooLong");
        }
        Optional<ProposalView.Candidate> same = unit == null || award == null || kind == null || name == null
                ? Optional.empty()
                : p.candidates().stream()
                        .filter(c -> c.unitId() == unit.id()
                                && c.kind() == kind
                                && c.fullName().equalsIgnoreCase(name)
                                && c.award() == award)
                        .findFirst();
        if (same.isPresent()) {
            check.reject(
                    "award",
                    same.get().status().standing() ? "proposal.candidate.twice" : "proposal.candidate.rejectedBefore",
                    name,
                    award.label(),
                    same.get().reason());
        }
        check.throwIfInvalid();
        boolean province = authorities.get(p.authorityId()).kind() == AuthorityKind.PROVINCE;
        ProposalEvent.CandidateAdded added = new ProposalEvent.CandidateAdded(
                kind,
                unit.id(),
                name,
                FormText.strip(command.jobTitle()),
                award,
                AwardNames.of(award, province),
                null,
                FormText.strip(command.narrative()));
        return steps.take(user, loaded, () -> loaded.proposal().addCandidate(loaded.roles(), added));
    }

    @Transactional
    public ProposalView removeCandidate(CurrentUser user, long id, long candidateId, ProposalCommands.Version command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        return steps.take(user, p, () -> p.proposal().removeCandidate(p.roles(), candidateId));
    }

    /**
     * The narrative of a candidate's achievement report: written by the proposer or by the
     * candidate's own unit, while the proposal is with the proposer or the board returned that
     * candidate. Its version is the candidate's, so that units writing their own reports at once do
     * not refuse each other.
     */
    @Transactional
    public ProposalView editNarrative(CurrentUser user, long id, long candidateId, ProposalCommands.Narrative command) {
        ProposalSteps.Loaded p = steps.load(user, id, null);
        steps.check(() -> p.proposal().requireDossierOf(p.roles(), candidateId));
        Checks.Collector check = checks.none();
        if (command.narrative() == null || command.narrative().isBlank()) {
            check.reject("narrative", "proposal.narrative.required");
        } else if (command.narrative().length() > 20_000) {
            check.reject("narrative", "proposal.narrative.tooLong");
        }
        if (command.jobTitle() != null && command.jobTitle().length() > 300) {
            check.reject("jobTitle", "proposal.candidate.jobTitle");
        }
        check.throwIfInvalid();
        String jobTitle = FormText.strip(command.jobTitle());
        ProposalView.Candidate c = p.view().candidates().stream()
                .filter(x -> x.id() == candidateId)
                .findFirst()
                .orElseThrow();
        return steps.take(
                user,
                p,
                () -> p.proposal()
                        .editReport(
                                p.roles(),
                                candidateId,
                                command.version(),
                                command.narrative().strip(),
                                c.kind() == SubjectKind.INDIVIDUAL ? jobTitle : c.jobTitle()));
    }

    /** Evidence for the dossier (PDF, image, Word, Excel), of the whole proposal or of one candidate. */
    @Transactional
    public ProposalView upload(
            CurrentUser user, long id, ProposalCommands.Upload command, String typedFileName, byte[] content) {
        String fileName = FileKinds.safeName(typedFileName);
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        Long candidateId = command.candidateId();
        steps.check(() -> {
            if (candidateId == null) {
                p.proposal().requireEditableBy(p.roles());
            } else {
                p.proposal().requireDossierOf(p.roles(), candidateId);
            }
        });
        Checks.Collector check = checks.none();
        String type = FileKinds.contentType(fileName, content).orElse(null);
        if (content == null || content.length == 0) {
            check.reject("file", "proposal.file.empty");
        } else if (limit.exceededBy(content.length)) {
            check.reject("file", "proposal.file.tooLarge", limit.megabytes());
        } else if (type == null) {
            check.reject("file", "proposal.file.type", fileName == null ? "" : fileName);
        }
        if (fileName != null && fileName.length() > 255) {
            check.reject("file", "proposal.file.name");
        }
        check.throwIfInvalid();
        return steps.take(user, p, () -> p.proposal().addFile(p.roles(), candidateId, fileName, type, content));
    }

    /** The awards a proposal to this authority may ask for, named as its decisions name them. */
    public Map<Award, String> awardChoices(ProposalView p) {
        boolean province = authorities.get(p.authorityId()).kind() == AuthorityKind.PROVINCE;
        Map<Award, String> choices = new LinkedHashMap<>();
        for (Award award : Award.values()) {
            if (AwardNames.decidedByAuthority(award)) {
                choices.put(award, AwardNames.of(award, province));
            }
        }
        return choices;
    }
}
