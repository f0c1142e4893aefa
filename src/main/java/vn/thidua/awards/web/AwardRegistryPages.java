package vn.thidua.awards.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.awards.AwardEntry;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.awards.RegistryCertificates;
import vn.thidua.awards.RegistryImports;
import vn.thidua.awards.RegistryQuery;
import vn.thidua.awards.RegistrySearch;
import vn.thidua.awards.RegistryWorkbook;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.XlsxTable;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;

/**
 * The award registry's pages: search and export, a unit's and a person's history, the import of past awards (a job with
 * its progress).
 */
@Controller
record AwardRegistryPages(
        AwardRegistry registry, RegistryImports imports, Messages messages, RegistryCertificates certificates) {

    /**
     * The search as typed: a value that is not a number where one is wanted, a year or a size out of
     * range, is said above the form, and nothing is listed.
     */
    @GetMapping("/awards")
    String search(CurrentUser user, RegistrySearch search, BindingResult binding, Model model) {
        RegistrySearch typed = binding.hasErrors() || search == null ? RegistrySearch.all() : search;
        List<String> errors = binding.getFieldErrors().stream()
                .map(e -> messages.get(
                        "problem.typeMismatch.field",
                        e.getField(),
                        e.getRejectedValue() == null ? "" : String.valueOf(e.getRejectedValue())))
                .toList();
        List<AwardEntry> entries = List.of();
        if (errors.isEmpty()) {
            try {
                entries = registry.search(user, typed);
            } catch (InvalidInputException e) {
                errors = e.violations().stream().map(Violation::message).toList();
            }
        }
        RegistryQuery query = typed.query();
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        model.addAttribute("query", query);
        model.addAttribute("entries", entries);
        model.addAttribute("awards", Award.values());
        model.addAttribute("types", CommendationType.values());
        model.addAttribute("limit", query.limit());
        return "awards/search";
    }

    @GetMapping("/awards.xlsx")
    void export(CurrentUser user, RegistrySearch search, HttpServletResponse response) throws IOException {
        // the registry's own columns to import back, and the certificate list's to print from
        XlsxTable.write(
                registry.search(user, search),
                response,
                "so-khen-thuong.xlsx",
                RegistryWorkbook.exportTable(),
                certificates.listSheet());
    }

    @GetMapping("/awards/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx(registry.template(), "mau-so-khen-thuong.xlsx");
    }

    /** The file is imported as a job: the page of the import shows its progress, then its report. */
    @PostMapping("/awards/import")
    String importWorkbook(
            CurrentUser user, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("errors", List.of(messages.get("registry.import.noFile")));
            return "redirect:/awards";
        }
        try {
            return "redirect:/awards/imports/"
                    + imports.submit(user, file.getOriginalFilename(), file.getBytes())
                            .id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
            return "redirect:/awards";
        }
    }

    @GetMapping("/awards/imports/{id}")
    String importPage(CurrentUser user, @PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("run", imports.get(user, id));
        return request.getHeader("HX-Request") != null ? "awards/import :: progress" : "awards/import";
    }

    @PostMapping("/awards/imports/{id}/cancel")
    String cancelImport(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            imports.cancel(user, id);
        } catch (Conflict e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/awards/imports/" + id;
    }

    @GetMapping("/awards/units/{unitId}")
    String unit(CurrentUser user, @PathVariable long unitId, Model model) {
        model.addAttribute("history", registry.ofUnit(user, unitId));
        return "awards/unit";
    }

    @GetMapping("/awards/subjects/{subjectId}")
    String subject(CurrentUser user, @PathVariable long subjectId, Model model) {
        model.addAttribute("subject", registry.ofSubject(user, subjectId));
        return "awards/subject";
    }
}
