package vn.thidua.proposals.web;

import static vn.thidua.proposals.web.PageWrites.back;
import static vn.thidua.proposals.web.PageWrites.run;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.DecisionSigning;
import vn.thidua.proposals.SubmissionSigning;

/**
 * The decider's signing of the issued decision, and the proposer's of its submitted tờ trình, from the proposal's page, bound to the request records
 * the API takes: a refusal (wrong password, someone else's certificate, not the issued document, an
 * altered file) comes back as its message on the page, nothing kept; the password or PIN is never
 * sent back.
 */
@Controller
class SignaturePages {

    private final DecisionSigning decision;
    private final SubmissionSigning submission;
    private final ProposalPaths paths;

    SignaturePages(DecisionSigning decision, SubmissionSigning submission, ProposalPaths paths) {
        this.decision = decision;
        this.submission = submission;
        this.paths = paths;
    }

    @PostMapping("/proposals/{id}/documents/quyet-dinh/signature")
    String signDecision(
            CurrentUser user, @PathVariable long id, SignatureRequests.Sign request, RedirectAttributes redirect) {
        decision.requireSigner(user, id);
        run(
                redirect,
                "Đã ký số quyết định; bản đã ký là bản gốc của quyết định.",
                () -> decision.sign(user, id, paths.signingKey(request), paths.image(request)));
        return back(id) + "#decision";
    }

    @PostMapping("/proposals/{id}/documents/quyet-dinh/signed")
    String uploadSignedDecision(
            CurrentUser user, @PathVariable long id, SignatureRequests.Signed request, RedirectAttributes redirect) {
        decision.requireSigner(user, id);
        run(
                redirect,
                "Đã nhận quyết định đã ký số; bản đã ký là bản gốc của quyết định.",
                () -> decision.upload(user, id, paths.signedFile(request)));
        return back(id) + "#decision";
    }

    @PostMapping("/proposals/{id}/documents/to-trinh/signature")
    String signSubmission(
            CurrentUser user, @PathVariable long id, SignatureRequests.Sign request, RedirectAttributes redirect) {
        submission.requireSigner(user, id);
        run(
                redirect,
                "Đã ký số tờ trình; bản đã ký là bản gốc của tờ trình.",
                () -> submission.sign(user, id, paths.signingKey(request), paths.image(request)));
        return back(id) + "#dossier";
    }

    @PostMapping("/proposals/{id}/documents/to-trinh/signed")
    String uploadSignedSubmission(
            CurrentUser user, @PathVariable long id, SignatureRequests.Signed request, RedirectAttributes redirect) {
        submission.requireSigner(user, id);
        run(
                redirect,
                "Đã nhận tờ trình đã ký số; bản đã ký là bản gốc của tờ trình.",
                () -> submission.upload(user, id, paths.signedFile(request)));
        return back(id) + "#dossier";
    }
}
