package vn.thidua.proposals;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningKey;

/**
 * A document of a proposal's dossier that its signer signs: the steps are the same for each, issuing the
 * document to its signer (who may sign, and when, are the document's) and signing it in the product or
 * taking the copy signed outside.
 */
public abstract class SignedDossierDocument implements DocumentSigning {

    protected final ProposalReading proposals;
    protected final SignedDocuments signed;

    protected SignedDossierDocument(ProposalReading proposals, SignedDocuments signed) {
        this.proposals = proposals;
        this.signed = signed;
    }

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

    /** Refuses (403) anyone who does not sign this document of the proposal. */
    protected abstract void requireSigner(CurrentUser user, ProposalView p);

    /** The document as issued to the user to sign now; refused when the user may not, or not yet. */
    protected abstract SignedDocuments.Issued issued(CurrentUser user, long id);
}
