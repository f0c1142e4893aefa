package vn.thidua.awards.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.awards.RegistryCertificates;
import vn.thidua.awards.RegistrySearch;
import vn.thidua.documents.CertificateCommand;
import vn.thidua.documents.CertificateService;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.InvalidInputException;

/**
 * The board prints a registry search's results as certificates. The search travels in the form as
 * hidden fields; its subject kind is named {@code subjectKind} there, since {@code kind} is the
 * certificate's own (Bằng khen or Giấy khen).
 */
@Controller
@RequestMapping("/awards/certificates")
record RegistryCertificatePages(RegistryCertificates certificates, AuthorityService authorities, Clock clock) {

    @GetMapping
    String form(CurrentUser user, RegistrySearch search, Model model) {
        CertificateService.requirePrinter(user);
        AuthorityView authority = user.authorityId() == null ? null : authorities.get(user.authorityId());
        CertificateCommand command = CertificateCommand.start(
                authority == null ? null : authority.name(),
                authority == null || authority.kind() == AuthorityKind.PROVINCE,
                LocalDate.now(clock));
        return page(user, search, command, model);
    }

    @PostMapping
    String print(
            CurrentUser user,
            @ModelAttribute("certificate") CertificateCommand command,
            BindingResult result,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String award,
            @RequestParam(required = false) String subjectKind,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean onBlank,
            Model model,
            HttpServletResponse response)
            throws IOException {
        RegistrySearch search = new RegistrySearch(q, year, award, subjectKind, type, null);
        if (!result.hasErrors()) {
            try {
                Certificate.Batch batch = certificates.batch(user, search, command);
                String name = "bang-khen-so-khen-thuong" + (onBlank ? "-tren-phoi" : "") + ".pdf";
                certificates.print(user, batch, onBlank, Downloads.streamed(response, name, Downloads.PDF));
                return null;
            } catch (InvalidInputException e) {
                FormErrors.bind(e, result);
            }
        }
        return page(user, search, command, model);
    }

    private String page(CurrentUser user, RegistrySearch search, CertificateCommand command, Model model) {
        FormErrors.show(model, "certificate", command);
        Map<String, Object> hidden = new LinkedHashMap<>();
        hidden.put("q", search.q());
        hidden.put("year", search.year());
        hidden.put("award", search.award());
        hidden.put("subjectKind", search.kind());
        hidden.put("type", search.type());
        hidden.values().removeIf(v -> v == null || v.toString().isBlank());
        model.addAttribute("source", "registry");
        model.addAttribute("action", "/awards/certificates");
        model.addAttribute("back", "/awards");
        model.addAttribute("hidden", hidden);
        model.addAttribute("recipients", certificates.recipients(user, search));
        model.addAttribute("kinds", Certificate.Kind.values());
        // a layout belongs to a board's authority: an administrator prints on plain paper
        model.addAttribute("hasBlanks", user.role() == Role.BOARD && user.authorityId() != null);
        return "documents/print";
    }
}
