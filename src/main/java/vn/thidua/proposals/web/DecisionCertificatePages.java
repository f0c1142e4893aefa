package vn.thidua.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.documents.CertificateCommand;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.proposals.DecisionCertificates;

/** The board prints the certificates of an issued decision from its page, nothing typed again. */
@Controller
@RequestMapping("/proposals/{id}/certificates")
record DecisionCertificatePages(DecisionCertificates certificates) {

    @GetMapping
    String form(CurrentUser user, @PathVariable long id, Model model) {
        return page(user, id, certificates.start(user, id), model);
    }

    @PostMapping
    String print(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("certificate") CertificateCommand command,
            BindingResult result,
            @RequestParam(defaultValue = "false") boolean onBlank,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (!result.hasErrors()) {
            try {
                Certificate.Batch batch = certificates.batch(user, id, command);
                String name = "bang-khen-quyet-dinh-" + id + (onBlank ? "-tren-phoi" : "") + ".pdf";
                certificates.print(user, batch, onBlank, Downloads.streamed(response, name, Downloads.PDF));
                return null;
            } catch (InvalidInputException e) {
                FormErrors.bind(e, result);
            }
        }
        return page(user, id, command, model);
    }

    private String page(CurrentUser user, long id, CertificateCommand command, Model model) {
        FormErrors.show(model, "certificate", command);
        var recipients = certificates.recipients(user, id);
        model.addAttribute("source", "decision");
        model.addAttribute("action", "/proposals/" + id + "/certificates");
        model.addAttribute("back", "/proposals/" + id);
        model.addAttribute("hidden", Map.of());
        model.addAttribute("recipients", recipients);
        model.addAttribute("kinds", Certificate.Kind.values());
        // a layout belongs to a board's authority: an administrator prints on plain paper
        model.addAttribute("hasBlanks", user.role() == Role.BOARD && user.authorityId() != null);
        return "documents/print";
    }
}
