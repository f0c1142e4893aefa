package vn.thidua.signatures;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Flash;

/**
 * The two writes of one signed document as every page and API takes them (ký số in the product, or a
 * copy signed outside and uploaded), from the same request records: who signs is checked first, before
 * the key or the file is even read (403 on the page as in the API); then the API answers the signed
 * original, a page its success or its refusal as the next page's message. The issuing feature gives its
 * three steps; only who signs, and when, differ from one document to another.
 */
public final class SigningEndpoint {

    /** Refuses (403) anyone who does not sign this document. */
    @FunctionalInterface
    public interface SignerCheck {
        void requireSigner(CurrentUser user, long id);
    }

    @FunctionalInterface
    public interface Signing {
        SignedDocuments.Original sign(CurrentUser user, long id, SigningKey key, byte @Nullable [] image);
    }

    @FunctionalInterface
    public interface Upload {
        SignedDocuments.Original upload(CurrentUser user, long id, byte[] file);
    }

    private final SignedDocuments signed;
    private final SignerCheck check;
    private final Signing signing;
    private final Upload upload;

    public SigningEndpoint(SignedDocuments signed, SignerCheck check, Signing signing, Upload upload) {
        this.signed = signed;
        this.check = check;
        this.signing = signing;
        this.upload = upload;
    }

    /** The API's signing: the signed original as a PDF download. */
    public ResponseEntity<byte[]> sign(CurrentUser user, long id, SignatureRequests.Sign request) {
        check.requireSigner(user, id);
        return pdf(signing.sign(user, id, signed.key(request), signed.image(request)));
    }

    /** The API's upload of a copy signed outside: the signed original as a PDF download. */
    public ResponseEntity<byte[]> upload(CurrentUser user, long id, SignatureRequests.Signed request) {
        check.requireSigner(user, id);
        return pdf(upload.upload(user, id, signed.file(request)));
    }

    /**
     * A page's signing: the success message, or the refusal's (bad input, a stale page, a place already
     * signed) for the next page, nothing kept; conflict is what a page that another signer has just
     * overtaken says.
     */
    public void sign(
            CurrentUser user,
            long id,
            SignatureRequests.Sign request,
            RedirectAttributes redirect,
            String success,
            String conflict) {
        check.requireSigner(user, id);
        onPage(redirect, success, conflict, () -> signing.sign(user, id, signed.key(request), signed.image(request)));
    }

    /** A page's upload of a copy signed outside, answered like {@link #sign(CurrentUser, long, SignatureRequests.Sign, RedirectAttributes, String, String)}. */
    public void upload(
            CurrentUser user,
            long id,
            SignatureRequests.Signed request,
            RedirectAttributes redirect,
            String success,
            String conflict) {
        check.requireSigner(user, id);
        onPage(redirect, success, conflict, () -> upload.upload(user, id, signed.file(request)));
    }

    private static void onPage(RedirectAttributes redirect, String success, String conflict, Flash.Write write) {
        try {
            Flash.run(redirect, success, conflict, write);
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
    }

    private static ResponseEntity<byte[]> pdf(SignedDocuments.Original original) {
        return Downloads.of(original.content(), original.fileName(), "application/pdf");
    }
}
