package vn.thidua.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.FormErrors;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.reports.MinutesSigning;
import vn.thidua.reports.YearDocuments;
import vn.thidua.reports.YearDocumentsRequest;

/** The documents page of a bloc year: its four documents in Word or PDF, each with its own number. */
@Controller
@RequestMapping("/bloc-years/{yearId}/documents")
record DocumentPages(
        YearDocuments documents, BlocService blocs, AuthorityService authorities, Clock clock, MinutesSigning minutes) {

    @GetMapping
    String page(CurrentUser user, @PathVariable long yearId, Model model) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireLeaderOrBoard();
        String place =
                AuthorityNames.place(authorities.get(scope.bloc().authorityId()).name());
        return page(
                user,
                model,
                scope,
                new YearDocumentsRequest(null, null, null, null, LocalDate.now(clock), place, null));
    }

    @GetMapping("/summary.{format}")
    Object summary(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable String format,
            @ModelAttribute("report") YearDocumentsRequest command,
            BindingResult result,
            Model model) {
        return document(user, yearId, "bao-cao-tong-ket", format, command, result, model);
    }

    /** Downloads the document, or shows the form again with what is wrong beside each field. */
    @GetMapping("/{name}.{format}")
    Object document(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable String name,
            @PathVariable String format,
            @ModelAttribute("report") YearDocumentsRequest command,
            BindingResult result,
            Model model) {
        BlocYearScope scope = blocs.scope(user, yearId);
        // before the form is looked at: a mistyped number must not show the page to a plain member
        scope.requireLeaderOrBoard();
        YearDocuments.Kind document = YearDocuments.Kind.of(name);
        if (document == null || !format.equals("docx") && !format.equals("pdf")) {
            throw new NotFoundException("Không có văn bản " + name + "." + format + ".");
        }
        DocumentService.Format kind = "docx".equals(format) ? DocumentService.Format.DOCX : DocumentService.Format.PDF;
        if (!result.hasErrors()) {
            try {
                return download(documents.document(user, yearId, document, command, kind));
            } catch (InvalidInputException e) {
                FormErrors.bind(e, result);
            }
        }
        return page(user, model, scope, command);
    }

    static ResponseEntity<byte[]> download(DocumentService.File file) {
        return Downloads.of(file.content(), file.name(), file.contentType());
    }

    private String page(CurrentUser user, Model model, BlocYearScope scope, YearDocumentsRequest command) {
        model.addAttribute("scope", scope);
        model.addAttribute(
                "minutesSignatures", minutes.state(user, scope.year().id()).orElse(null));
        model.addAttribute("signingToken", minutes.tokenConfigured());
        model.addAttribute("bloc", scope.bloc());
        model.addAttribute("year", scope.year());
        FormErrors.show(model, "report", command);
        return "reports/year";
    }
}
