package vn.thidua.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.documents.BlankRequest;
import vn.thidua.documents.CertificateBlanks;
import vn.thidua.documents.domain.BlankLayout;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;

/**
 * A board measures its pre-printed blank (phôi) with a ruler, writes where each line goes, prints
 * the calibration page on plain paper to hold against a blank, and saves the layout for every later
 * printing of that kind.
 */
@Controller
@RequestMapping("/documents/certificates/blanks")
record BlankPages(CertificateBlanks blanks, Messages messages) {

    @GetMapping
    String form(CurrentUser user, @RequestParam(defaultValue = "BANG_KHEN") Certificate.Kind kind, Model model) {
        var saved = blanks.layout(user, kind);
        model.addAttribute("blank", BlankRequest.of(saved.layout(), saved.version()));
        return page(kind, saved.version() > 0, model);
    }

    @PostMapping
    String save(
            CurrentUser user,
            @ModelAttribute("blank") BlankRequest request,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                BlankLayout saved = blanks.save(user, request);
                redirect.addFlashAttribute("saved", messages.get("blank.saved"));
                return "redirect:/documents/certificates/blanks?kind=" + saved.kind();
            } catch (InvalidInputException e) {
                FormErrors.bind(e, result);
            } catch (Conflict e) {
                result.reject("conflict", e.getMessage());
            }
        }
        Certificate.Kind kind = request.kind() == null ? Certificate.Kind.BANG_KHEN : request.kind();
        return page(kind, request.version() != null && request.version() > 0, model);
    }

    @GetMapping("/calibration.pdf")
    void calibration(
            CurrentUser user,
            @RequestParam(defaultValue = "BANG_KHEN") Certificate.Kind kind,
            HttpServletResponse response)
            throws IOException {
        blanks.layout(user, kind);
        blanks.calibration(user, kind, Downloads.streamed(response, "can-chinh-phoi.pdf", Downloads.PDF));
    }

    private String page(Certificate.Kind kind, boolean everSaved, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", Certificate.Kind.values());
        model.addAttribute("everSaved", everSaved);
        model.addAttribute("aligns", BlankLayout.Align.values());
        model.addAttribute("faces", BlankLayout.Typeface.values());
        model.addAttribute("fields", List.of(BlankLayout.Field.values()));
        return "documents/blanks";
    }
}
