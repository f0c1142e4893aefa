package vn.thidua.signatures.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.files.FileKinds;
import vn.thidua.platform.files.UploadLimit;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.signatures.SignedDocuments;

/** The page that checks a signed PDF (any signed-in person: it reads only the file it is given). */
@Controller
@RequestMapping("/documents/verify")
class VerifyPages {

    private final SignedDocuments documents;
    private final UploadLimit limit;
    private final Checks checks;
    private final VerifyTurns turns;

    VerifyPages(SignedDocuments documents, UploadLimit limit, Checks checks, VerifyTurns turns) {
        this.turns = turns;
        this.documents = documents;
        this.limit = limit;
        this.checks = checks;
    }

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
            byte[] content = bytes(file, limit, checks);
            model.addAttribute("verification", turns.take(user, () -> documents.verify(content, name(file))));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "error",
                    e.violations().stream().map(Violation::message).findFirst().orElse(""));
        }
        return "signatures/verify";
    }

    /** The file's bytes, refused before they are read when it weighs more than any upload may. */
    static byte[] bytes(@Nullable MultipartFile file, UploadLimit limit, Checks checks) throws IOException {
        if (file == null || file.isEmpty()) {
            throw checks.refusal("file", "signature.verify.file");
        }
        if (limit.exceededBy(file.getSize())) {
            throw checks.refusal("file", "signature.verify.tooLarge", limit.megabytes());
        }
        return file.getBytes();
    }

    /** The name shown in the report: no folder, control or direction characters. */
    static String name(@Nullable MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        return name == null || name.isBlank() ? "tep.pdf" : FileKinds.safeName(name);
    }
}
