package vn.thidua.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.documents.CertificateBlanks;
import vn.thidua.documents.CertificateCommand;
import vn.thidua.documents.CertificateService;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.InvalidInputException;

/** The board prints certificates from an Excel list: one PDF, a landscape page per recipient. */
@Controller
@RequestMapping("/documents/certificates")
record CertificatePages(
        CertificateService certificates, CertificateBlanks blanks, AuthorityService authorities, Clock clock) {

    @GetMapping
    String form(CurrentUser user, Model model) {
        requireBoard(user);
        AuthorityView authority = user.authorityId() == null ? null : authorities.get(user.authorityId());
        CertificateCommand command = CertificateCommand.start(
                authority == null ? null : authority.name(),
                authority == null || authority.kind() == AuthorityKind.PROVINCE,
                LocalDate.now(clock));
        return page(user, command, model);
    }

    @GetMapping("/mau.xlsx")
    ResponseEntity<byte[]> template(CurrentUser user) {
        requireBoard(user);
        return DocumentPages.download(new DocumentService.File(
                certificates.template(),
                "danh-sach-bang-khen.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @PostMapping
    String print(
            CurrentUser user,
            @ModelAttribute("certificate") CertificateCommand command,
            BindingResult result,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean onBlank,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (!result.hasErrors()) {
            try {
                Certificate.Batch batch = certificates.batch(
                        user, command, file == null || file.isEmpty() ? null : file.getInputStream());
                String name = onBlank ? "bang-khen-in-tren-phoi.pdf" : "bang-khen.pdf";
                blanks.print(user, batch, onBlank, Downloads.streamed(response, name, Downloads.PDF));
                return null;
            } catch (InvalidInputException e) {
                FormErrors.bind(e, result);
            }
        }
        return page(user, command, model);
    }

    private static String page(CurrentUser user, CertificateCommand command, Model model) {
        FormErrors.show(model, "certificate", command);
        model.addAttribute("kinds", Certificate.Kind.values());
        // a layout belongs to a board's authority: an administrator prints on plain paper
        model.addAttribute("hasBlanks", user.role() == Role.BOARD && user.authorityId() != null);
        return "reports/certificates";
    }

    private static void requireBoard(CurrentUser user) {
        if (!user.isAdmin() && user.role() != Role.BOARD) {
            throw new AccessDeniedException("only a board prints certificates");
        }
    }
}
