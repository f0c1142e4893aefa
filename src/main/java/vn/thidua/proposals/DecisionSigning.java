package vn.thidua.proposals;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningKey;

/**
 * The decider signs the issued decision (ký số), in the product with its key or outside with its own
 * tool and then uploads it; the signed file becomes the decision's original. Only the decider of the
 * proposal's authority signs, once the decision is recorded.
 */
@Service
public class DecisionSigning implements DocumentSigning {

    private final ProposalReading proposals;
    private final DossierService dossier;
    private final SignedDocuments signed;
    private final Checks checks;

    DecisionSigning(ProposalReading proposals, DossierService dossier, SignedDocuments signed, Checks checks) {
        this.proposals = proposals;
        this.dossier = dossier;
        this.signed = signed;
        this.checks = checks;
    }

    /** Who signed the decision of a proposal the user has read, and when; empty while it is unsigned. */
    @Transactional(readOnly = true)
    public java.util.Optional<SignedDocuments.Signature> signature(ProposalView p) {
        return p.decision() == null ? java.util.Optional.empty() : signed.signature(ref(p));
    }

    /** Whether signing in the product may use the server's token (its PIN) beside a PKCS#12 file. */
    public boolean tokenConfigured() {
        return signed.tokenConfigured();
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

    /** Refuses (403) anyone but the decider of the proposal's authority, before the key is even read. */
    @Override
    @Transactional(readOnly = true)
    public void requireSigner(CurrentUser user, long id) {
        requireSigner(user, proposals.get(user, id));
    }

    private void requireSigner(CurrentUser user, ProposalView p) {
        if (!user.isDeciderOf(p.authorityId())) {
            throw checks.forbidden("proposal.decision.signForbidden");
        }
    }

    private SignedDocuments.Issued issued(CurrentUser user, long id) {
        ProposalView p = proposals.get(user, id);
        requireSigner(user, p);
        if (p.decision() == null) {
            throw checks.refusal("decision", "proposal.decision.none");
        }
        if (signed.original(ref(p)).isPresent()) {
            throw checks.conflict("signature.alreadySigned");
        }
        DocumentService.File pdf =
                dossier.document(user, id, DossierService.Document.DECISION, null, DocumentService.Format.PDF);
        return SignedDocuments.Issued.bySigner(
                ref(p),
                p.authorityId(),
                pdf.name(),
                pdf.content(),
                SignedDocuments.Place.signer("Người quyết định", p.decision().signerName(), user),
                p.authorityName());
    }

    private static SignedDocuments.Ref ref(ProposalView p) {
        return new SignedDocuments.Ref(SignedDocuments.Kind.DECISION, p.id());
    }
}
