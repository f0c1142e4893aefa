package vn.thidua.proposals;

import org.jspecify.annotations.Nullable;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningKey;

/**
 * One of a proposal's documents that its signer signs (ký số): in the product with its key, or outside
 * and uploaded. The page and the API take the same steps for each ({@link DecisionSigning}, {@link
 * SubmissionSigning}); only who signs and when differ.
 */
public interface DocumentSigning {

    /** Refuses (403) anyone who does not sign this document, before the key is even read. */
    void requireSigner(CurrentUser user, long id);

    SignedDocuments.Original sign(CurrentUser user, long id, SigningKey key, byte @Nullable [] signerImage);

    SignedDocuments.Original upload(CurrentUser user, long id, byte[] file);
}
