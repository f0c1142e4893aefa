package vn.thidua.signatures.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.signatures.SignedDocuments;

/** The page that checks a signed PDF (any signed-in person: it reads only the file it is given). */
@Controller
@RequestMapping("/documents/verify")
record VerifyPages(SignedDocuments documents, VerifyTurns turns) {

    @GetMapping
    String page(CurrentUser user, Model model) {
        model.addAttribute("timestamped", documents.timestamped());
        return "signatures/verify";
    }

    @PostMapping
    String verify(CurrentUser user, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("timestamped", documents.timestamped());
        try {
            model.addAttribute("verification", turns.verify(user, file));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "error",
                    e.violations().stream().map(Violation::message).findFirst().orElse(""));
        }
        return "signatures/verify";
    }
}
