package vn.thidua.reports.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.reports.MinutesSigning;
import vn.thidua.signatures.SignatureRequests;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningEndpoint;

/**
 * The minutes' signatures from the bloc year's documents page, bound to the request records the API
 * takes: a refusal (wrong password, a certificate of neither the chair nor the secretary, a file that
 * is not the minutes) comes back as its message on the page, nothing kept; the password or PIN is
 * never sent back.
 */
@Controller
class MinutesSignaturePages {

    private static final String CONFLICT = "Biên bản vừa được người khác ký. Tải lại trang để xem bản mới.";
    private static final String PATH = "/bloc-years/{yearId}/documents/bien-ban-hoi-nghi";

    private final MinutesSigning minutes;
    private final SigningEndpoint endpoint;

    MinutesSignaturePages(MinutesSigning minutes, SignedDocuments signed) {
        this.minutes = minutes;
        this.endpoint = new SigningEndpoint(signed, minutes);
    }

    /** The PDF to sign outside: exactly what the first signature takes, or the signed original once there is one. */
    @GetMapping(PATH + "/ban-ky.pdf")
    ResponseEntity<byte[]> toSign(CurrentUser user, @PathVariable long yearId) {
        return DocumentPages.download(minutes.toSign(user, yearId));
    }

    @PostMapping(PATH + "/signature")
    String sign(
            CurrentUser user, @PathVariable long yearId, SignatureRequests.Sign request, RedirectAttributes redirect) {
        endpoint.sign(
                user,
                yearId,
                request,
                redirect,
                "Đã ký số biên bản hội nghị; bản đã ký là bản gốc của biên bản.",
                CONFLICT);
        return back(yearId);
    }

    @PostMapping(PATH + "/signed")
    String upload(
            CurrentUser user,
            @PathVariable long yearId,
            SignatureRequests.Signed request,
            RedirectAttributes redirect) {
        endpoint.upload(
                user,
                yearId,
                request,
                redirect,
                "Đã nhận biên bản hội nghị đã ký số; bản đã ký là bản gốc của biên bản.",
                CONFLICT);
        return back(yearId);
    }

    private static String back(long yearId) {
        return "redirect:/bloc-years/" + yearId + "/documents#minutes-signatures";
    }
}
