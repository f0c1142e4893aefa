package vn.thidua.reports.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.reports.CountingRecordService;
import vn.thidua.reports.CountingRecordSigning;
import vn.thidua.signatures.SignatureRequests;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningEndpoint;

/**
 * The counting record of a vote, downloaded from the vote's page; a vote not yet counted goes back to its page with
 * why.
 */
@Controller
class CountingRecordPages {

    private static final String CONFLICT = "Biên bản vừa được người khác ký. Tải lại trang để xem bản mới.";

    private final CountingRecordService records;
    private final SigningEndpoint endpoint;

    CountingRecordPages(CountingRecordService records, CountingRecordSigning signing, SignedDocuments signed) {
        this.records = records;
        this.endpoint = new SigningEndpoint(signed, signing);
    }

    /** A signature applied in the product by who runs or counts the vote, bound to the API's request record. */
    @PostMapping("/votes/{id}/counting-record/signature")
    String sign(CurrentUser user, @PathVariable long id, SignatureRequests.Sign request, RedirectAttributes redirect) {
        endpoint.sign(
                user,
                id,
                request,
                redirect,
                "Đã ký số biên bản kiểm phiếu; bản đã ký là bản gốc của biên bản.",
                CONFLICT);
        return "redirect:/votes/" + id + "#counting-record-signatures";
    }

    @PostMapping("/votes/{id}/counting-record/signed")
    String upload(
            CurrentUser user, @PathVariable long id, SignatureRequests.Signed request, RedirectAttributes redirect) {
        endpoint.upload(
                user,
                id,
                request,
                redirect,
                "Đã nhận biên bản kiểm phiếu đã ký số; bản đã ký là bản gốc của biên bản.",
                CONFLICT);
        return "redirect:/votes/" + id + "#counting-record-signatures";
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
