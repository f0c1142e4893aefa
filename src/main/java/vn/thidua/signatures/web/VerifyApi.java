package vn.thidua.signatures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.files.UploadLimit;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.SignatureReport;
import vn.thidua.signatures.SignedDocuments;

/** Verification of a signed PDF: every signature, its signer, chain, time and integrity. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Ký số")
class VerifyApi {

    private final SignedDocuments documents;
    private final UploadLimit limit;
    private final Checks checks;
    private final VerifyTurns turns;

    VerifyApi(SignedDocuments documents, UploadLimit limit, Checks checks, VerifyTurns turns) {
        this.turns = turns;
        this.documents = documents;
        this.limit = limit;
        this.checks = checks;
    }

    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Kiểm tra chữ ký số của tệp PDF: người ký, chuỗi chứng thư tới các chứng thư gốc tin cậy đã cấu hình,"
                            + " thời điểm ký, toàn vẹn hay đã bị sửa")
    SignatureReport.Verification verify(CurrentUser user, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        byte[] content = VerifyPages.bytes(file, limit, checks);
        return turns.take(user, () -> documents.verify(content, VerifyPages.name(file)));
    }
}
