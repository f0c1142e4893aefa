package vn.thidua.proposals;

import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.signatures.DocumentSigning;
import vn.thidua.signatures.SignedDocuments;

/**
 * A document of a proposal's dossier that its signer signs: who may sign is decided on the proposal as the user
 * may read it; issuing it (who may sign, and when) is the document's.
 */
public abstract class SignedDossierDocument extends DocumentSigning {

    protected final ProposalReading proposals;

    protected SignedDossierDocument(ProposalReading proposals, SignedDocuments signed) {
        super(signed);
        this.proposals = proposals;
    }

    @Override
    @Transactional(readOnly = true)
    public void requireSigner(CurrentUser user, long id) {
        requireSigner(user, proposals.get(user, id));
    }

    /** Refuses (403) anyone who does not sign this document of the proposal. */
    protected abstract void requireSigner(CurrentUser user, ProposalView p);
}
