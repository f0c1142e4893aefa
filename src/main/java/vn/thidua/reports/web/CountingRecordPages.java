package vn.thidua.reports.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.reports.CountingRecordService;

/** The counting record of a vote, downloaded from the vote's page; a vote not yet counted goes back to its page with why. */
@Controller
class CountingRecordPages {

    private final CountingRecordService records;

    CountingRecordPages(CountingRecordService records) {
        this.records = records;
    }

    @GetMapping("/votes/{id}/counting-record.docx")
    Object docx(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return download(user, id, DocumentService.Format.DOCX, redirect);
    }

    @GetMapping("/votes/{id}/counting-record.pdf")
    Object pdf(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return download(user, id, DocumentService.Format.PDF, redirect);
    }

    private Object download(CurrentUser user, long id, DocumentService.Format format, RedirectAttributes redirect) {
        try {
            return DocumentPages.download(records.countingRecord(user, id, format));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "errors", e.violations().stream().map(Violation::message).toList());
            return "redirect:/votes/" + id;
        }
    }
}
