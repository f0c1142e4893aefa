package vn.thidua.signatures;

import java.util.List;
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
 * {@link DocumentSigning}; only who signs, and when, differ from one document to another.
 */
public final class SigningEndpoint {

    private final SignedDocuments signed;
    private final DocumentSigning document;

    public SigningEndpoint(SignedDocuments signed, DocumentSigning document) {
        this.signed = signed;
        this.document = document;
    }

    public ResponseEntity<byte[]> sign(CurrentUser user, long id, SignatureRequests.Sign request) {
        document.requireSigner(user, id);
        return pdf(document.sign(user, id, signed.key(request), signed.image(request)));
    }

    /** The API's upload of a copy signed outside: the signed original as a PDF download. */
    public ResponseEntity<byte[]> upload(CurrentUser user, long id, SignatureRequests.Signed request) {
        document.requireSigner(user, id);
        return pdf(document.upload(user, id, signed.file(request)));
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
        document.requireSigner(user, id);
        onPage(redirect, success, conflict, () -> document.sign(user, id, signed.key(request), signed.image(request)));
    }

    /**
     * A page's upload of a copy signed outside, answered like {@link #sign(CurrentUser, long, SignatureRequests.Sign,
     * RedirectAttributes, String, String)}.
     */
    public void upload(
            CurrentUser user,
            long id,
            SignatureRequests.Signed request,
            RedirectAttributes redirect,
            String success,
            String conflict) {
        document.requireSigner(user, id);
        onPage(redirect, success, conflict, () -> document.upload(user, id, signed.file(request)));
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
