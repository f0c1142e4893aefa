package vn.thidua.signatures;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;

/**
 * A document its feature issues to be signed (the decision, the tờ trình, the conference minutes, the counting
 * record): who may sign it, and what is issued to them now, are the feature's; signing it in the product and taking
 * the copy signed outside are the same for every one. {@link SigningEndpoint} takes its pages' and APIs' writes.
 */
public abstract class DocumentSigning {

    protected final SignedDocuments signed;

    protected DocumentSigning(SignedDocuments signed) {
        this.signed = signed;
    }

    /** Refuses (403) anyone who does not sign this document, before the key or the file is even read. */
    public abstract void requireSigner(CurrentUser user, long id);

    /** The document as issued to the user to sign now; refused when the user may not, or not yet. */
    protected abstract SignedDocuments.Issued issued(CurrentUser user, long id);

    @Transactional
    public SignedDocuments.Original sign(CurrentUser user, long id, SigningKey key, byte @Nullable [] image) {
        return signed.sign(user, issued(user, id), key, image);
    }

    @Transactional
    public SignedDocuments.Original upload(CurrentUser user, long id, byte[] file) {
        return signed.acceptSigned(user, issued(user, id), file);
    }
}
