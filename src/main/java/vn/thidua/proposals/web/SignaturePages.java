package vn.thidua.proposals.web;

import static vn.thidua.proposals.web.PageWrites.back;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.DecisionSigning;
import vn.thidua.proposals.SubmissionSigning;
import vn.thidua.signatures.SignatureRequests;
import vn.thidua.signatures.SignedDocuments;

/**
 * The decider's signing of the issued decision, and the proposer's of its submitted tờ trình, from the proposal's page,
 * bound to the request records the API takes: a refusal (wrong password, someone else's certificate, not the issued
 * document, an altered file) comes back as its message beside the forms, nothing kept; the password or PIN is never
 * sent back.
 */
@Controller
record SignaturePages(DecisionSigning decision, SubmissionSigning submission, SignedDocuments signed) {

    @PostMapping("/proposals/{id}/documents/{document:" + SignableDocument.SLUGS + "}/signature")
    String sign(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String document,
            SignatureRequests.Sign request,
            RedirectAttributes redirect) {
        SignableDocument signable = SignableDocument.of(document);
        signable.endpoint(decision, submission, signed)
                .sign(
                        user,
                        id,
                        request,
                        redirect,
                        "Đã ký số " + signable.noun + "; bản đã ký là bản gốc của " + signable.noun + ".",
                        PageWrites.CONFLICT);
        return backTo(id, signable, redirect);
    }

    @PostMapping("/proposals/{id}/documents/{document:" + SignableDocument.SLUGS + "}/signed")
    String uploadSigned(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String document,
            SignatureRequests.Signed request,
            RedirectAttributes redirect) {
        SignableDocument signable = SignableDocument.of(document);
        signable.endpoint(decision, submission, signed)
                .upload(
                        user,
                        id,
                        request,
                        redirect,
                        "Đã nhận " + signable.noun + " đã ký số; bản đã ký là bản gốc của " + signable.noun + ".",
                        PageWrites.CONFLICT);
        return backTo(id, signable, redirect);
    }

    /**
     * Back to the document's section, where the page opens: a refusal is shown there, beside the forms, not at
     * the top of the page out of sight.
     */
    private static String backTo(long id, SignableDocument signable, RedirectAttributes redirect) {
        if (redirect.getFlashAttributes().containsKey("errors")) {
            redirect.addFlashAttribute("errorsAt", signable.section);
        }
        return back(id) + "#" + signable.section;
    }
}
