package vn.thidua.proposals;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.SignedDocuments;

/**
 * The proposer signs the tờ trình it submitted (ký số): the board member for the board's own proposal,
 * the unit's officer for its unit, the bloc's leader for the bloc; in the product or outside and
 * uploaded. Once submitted the tờ trình no longer changes with the draft, so it may be signed; the
 * signed file is then its original.
 */
@Service
public class SubmissionSigning extends SignedDossierDocument {

    /** Where the tờ trình leaves its signer's name to be written by hand (DossierDrafts.submission). */
    static final String NAME_TO_WRITE = "[Họ và tên]";

    private final ProposalAccess access;
    private final DossierService dossier;
    private final Checks checks;

    SubmissionSigning(
            ProposalReading proposals,
            ProposalAccess access,
            DossierService dossier,
            SignedDocuments signed,
            Checks checks) {
        super(proposals, signed);
        this.access = access;
        this.dossier = dossier;
        this.checks = checks;
    }

    /** Who signed the tờ trình of a proposal the user has read, and when; empty while it is unsigned. */
    @Transactional(readOnly = true)
    public Optional<SignedDocuments.Signature> signature(ProposalView p) {
        return signed.signature(ref(p));
    }

    /** Whether the user may sign this proposal's tờ trình now: its proposer, once it is submitted. */
    public boolean maySign(CurrentUser user, ProposalView p) {
        return access.isProposer(user, p) && !p.status().editableByProposer();
    }

    /** Refuses (403) anyone but the proposer, before the key is even read. */
    @Override
    protected void requireSigner(CurrentUser user, ProposalView p) {
        if (!access.isProposer(user, p)) {
            throw checks.forbidden("proposal.submission.signForbidden");
        }
    }

    @Override
    protected SignedDocuments.Issued issued(CurrentUser user, long id) {
        ProposalView p = proposals.get(user, id);
        requireSigner(user, p);
        if (p.status().editableByProposer()) {
            throw checks.conflict("proposal.submission.notSubmitted");
        }
        if (signed.original(ref(p)).isPresent()) {
            throw checks.conflict("signature.alreadySigned");
        }
        DocumentService.File pdf =
                dossier.document(user, id, DossierService.Document.SUBMISSION, null, DocumentService.Format.PDF);
        String organisation = p.proposerName() != null ? p.proposerName() : p.authorityName();
        return SignedDocuments.Issued.bySigner(
                ref(p),
                p.authorityId(),
                pdf.name(),
                pdf.content(),
                SignedDocuments.Place.signer("Người đề nghị", NAME_TO_WRITE, user),
                organisation);
    }

    static SignedDocuments.Ref ref(ProposalView p) {
        return new SignedDocuments.Ref(SignedDocuments.Kind.SUBMISSION, p.id());
    }
}
