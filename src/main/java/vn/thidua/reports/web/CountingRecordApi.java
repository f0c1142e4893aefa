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
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.reports.CountingRecordService;
import vn.thidua.reports.CountingRecordSigning;
import vn.thidua.signatures.SignatureRequests;
import vn.thidua.signatures.SignedDocuments;
import vn.thidua.signatures.SigningEndpoint;

@RestController
@RequestMapping("/api/v1/votes/{id}")
@Tag(name = "Biểu quyết")
class CountingRecordApi {

    private static final String SUMMARY =
            "Biên bản kiểm phiếu theo thể thức văn bản hành chính: Ban kiểm phiếu, số thành viên, có mặt, "
                    + "phiếu phát ra, thu về, hợp lệ, trắng, số phiếu và kết quả từng phương án theo quy tắc và căn cứ, ý kiến bằng văn bản; "
                    + "bỏ phiếu trên hệ thống kèm danh sách mã theo dõi phiếu. Chỉ khi đã có kết quả (VERIFIED), cho người đọc được cuộc "
                    + "biểu quyết";

    private static final String SIGNING = " Người điều hành cuộc biểu quyết hoặc thành viên Ban kiểm phiếu (403"
            + " countingRecord.signature.forbidden); đã có kết quả; chứng thư số của người có tên trong khối chữ ký"
            + " (400 signature.signer.notAwaited); đủ chữ ký: 409 signature.alreadySigned.";

    private final CountingRecordService records;
    private final CountingRecordSigning signing;
    private final SigningEndpoint endpoint;

    CountingRecordApi(CountingRecordService records, CountingRecordSigning signing, SignedDocuments signed) {
        this.records = records;
        this.signing = signing;
        this.endpoint = new SigningEndpoint(signed, signing);
    }

    @GetMapping("/counting-record/signatures")
    @Operation(
            summary = "Chữ ký số của biên bản kiểm phiếu: từng vị trí ký (Ban kiểm phiếu hoặc thư ký, chủ trì), ai ký,"
                    + " lúc nào, hay đang chờ",
            description = SIGNING)
    SignedDocuments.State signatures(CurrentUser user, @PathVariable long id) {
        return signing.state(user, id);
    }

    @PostMapping(path = "/counting-record/signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Ký số biên bản kiểm phiếu (PAdES) bằng chứng thư số của một người có tên trong khối chữ ký: tệp"
                    + " p12 với password, hoặc pin của thiết bị ký PKCS#11; image: hình chữ ký (PNG, không bắt buộc);"
                    + " trả về bản gốc đã ký",
            description = SIGNING)
    ResponseEntity<byte[]> sign(CurrentUser user, @PathVariable long id, SignatureRequests.Sign request) {
        return endpoint.sign(user, id, request);
    }

    @PostMapping(path = "/counting-record/signed", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Tải lên biên bản kiểm phiếu ký ngoài hệ thống (file): phần đầu phải đúng bản counting-record.pdf"
                    + " tải về, chữ ký trước giữ nguyên",
            description = SIGNING)
    ResponseEntity<byte[]> upload(CurrentUser user, @PathVariable long id, SignatureRequests.Signed request) {
        return endpoint.upload(user, id, request);
    }

    @GetMapping("/counting-record.docx")
    @Operation(summary = SUMMARY + " (Word, để chỉnh sửa)")
    ResponseEntity<byte[]> docx(CurrentUser user, @PathVariable long id) {
        return DocumentPages.download(records.countingRecord(user, id, DocumentService.Format.DOCX));
    }

    @GetMapping("/counting-record.pdf")
    @Operation(summary = SUMMARY + " (PDF, để in)")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id) {
        return DocumentPages.download(records.countingRecord(user, id, DocumentService.Format.PDF));
    }
}
