package vn.thidua.proposals;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningKey;

/**
 * The proposer signs the tờ trình it submitted (ký số): the board member for the board's own proposal,
 * the unit's officer for its unit, the bloc's leader for the bloc; in the product or outside and
 * uploaded. Once submitted the tờ trình no longer changes with the draft, so it may be signed; the
 * signed file is then its original.
 */
@Service
public class SubmissionSigning implements DocumentSigning {

    /** Where the tờ trình leaves its signer's name to be written by hand (DossierDrafts.submission). */
    static final String NAME_TO_WRITE = "[Họ và tên]";

    private final ProposalReading proposals;
    private final ProposalAccess access;
    private final DossierService dossier;
    private final SignedDocuments signed;
    private final Checks checks;

    SubmissionSigning(
            ProposalReading proposals,
            ProposalAccess access,
            DossierService dossier,
            SignedDocuments signed,
            Checks checks) {
        this.proposals = proposals;
        this.access = access;
        this.dossier = dossier;
        this.signed = signed;
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
    @Transactional(readOnly = true)
    public void requireSigner(CurrentUser user, long id) {
        requireSigner(user, proposals.get(user, id));
    }

    @Override
    @Transactional
    public SignedDocuments.Original sign(CurrentUser user, long id, SigningKey key, byte @Nullable [] signerImage) {
        return signed.sign(user, issued(user, id), key, signerImage);
    }

    @Override
    @Transactional
    public SignedDocuments.Original upload(CurrentUser user, long id, byte[] file) {
        return signed.acceptSigned(user, issued(user, id), file);
    }

    private void requireSigner(CurrentUser user, ProposalView p) {
        if (!access.isProposer(user, p)) {
            throw checks.forbidden("proposal.submission.signForbidden");
        }
    }

    private SignedDocuments.Issued issued(CurrentUser user, long id) {
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
