package vn.thidua.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.reports.MinutesSigning;
import vn.thidua.signatures.SignatureRequests;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningEndpoint;

@RestController
@RequestMapping("/api/v1/bloc-years/{yearId}/documents/bien-ban-hoi-nghi")
@Tag(name = "Văn bản")
class MinutesSignatureApi {

    private static final String WHO = " Đơn vị trưởng khối hoặc Ban TĐKT của năm (403); hồ sơ hội nghị phải đã khóa"
            + " (409 minutes.signature.notLocked, minutes.signature.noConference); chứng thư số của chủ trì hoặc thư ký"
            + " ghi trong hồ sơ hội nghị (400 signature.signer.notAwaited); đủ chữ ký: 409 signature.alreadySigned.";

    private final MinutesSigning minutes;
    private final SigningEndpoint endpoint;

    MinutesSignatureApi(MinutesSigning minutes, SignedDocuments signed) {
        this.minutes = minutes;
        this.endpoint = new SigningEndpoint(signed, minutes);
    }

    @GetMapping("/signatures")
    @Operation(
            summary = "Chữ ký số của biên bản hội nghị: từng vị trí ký (chủ trì, thư ký), ai ký, lúc nào, hay đang chờ",
            description = "204 khi hồ sơ hội nghị chưa khóa.")
    ResponseEntity<SignedDocuments.State> state(CurrentUser user, @PathVariable long yearId) {
        return minutes.state(user, yearId)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/ban-ky.pdf")
    @Operation(
            summary =
                    "Biên bản hội nghị để ký số (PDF): đúng bản chữ ký đầu tiên ký lên; đã có chữ ký thì là bản gốc đã ký",
            description = WHO)
    ResponseEntity<byte[]> toSign(CurrentUser user, @PathVariable long yearId) {
        return DocumentPages.download(minutes.toSign(user, yearId));
    }

    @PostMapping(path = "/signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Ký số biên bản hội nghị (PAdES) bằng chứng thư số của chủ trì hoặc thư ký: tệp p12 với password,"
                    + " hoặc pin của thiết bị ký PKCS#11; image: hình chữ ký (PNG, không bắt buộc). Chữ ký sau ký thêm"
                    + " vào bản đã ký; trả về bản gốc đã ký",
            description = WHO)
    ResponseEntity<byte[]> sign(CurrentUser user, @PathVariable long yearId, SignatureRequests.Sign request) {
        return endpoint.sign(user, yearId, request);
    }

    @PostMapping(path = "/signed", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Tải lên biên bản hội nghị ký ngoài hệ thống (file): phần đầu phải đúng bản tải về ở ban-ky.pdf,"
                    + " chữ ký trước giữ nguyên (400 signature.upload.notTheDocument, signature.upload.notTheOriginal,"
                    + " signature.upload.altered)",
            description = WHO)
    ResponseEntity<byte[]> upload(CurrentUser user, @PathVariable long yearId, SignatureRequests.Signed request) {
        return endpoint.upload(user, yearId, request);
    }
}
