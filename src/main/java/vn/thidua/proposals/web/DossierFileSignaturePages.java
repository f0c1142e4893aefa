package vn.thidua.proposals.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.proposals.DossierFileSignatures;

/** The "Chữ ký số" of a dossier's PDF: its signatures verified on demand, shown as /documents/verify shows them. */
@Controller
record DossierFileSignaturePages(DossierFileSignatures signatures) {

    @GetMapping("/proposals/{id}/files/{fileId}/signatures")
    String signatures(CurrentUser user, @PathVariable long id, @PathVariable long fileId, Model model) {
        model.addAttribute("proposalId", id);
        try {
            model.addAttribute("verification", signatures.of(user, id, fileId));
        } catch (InvalidInputException e) {
            // a refusal about the file (not a PDF, a hostile one) is the page's answer, not an error page
            model.addAttribute(
                    "error",
                    e.violations().stream().map(Violation::message).findFirst().orElse(""));
        }
        return "proposals/file-signatures";
    }
}
