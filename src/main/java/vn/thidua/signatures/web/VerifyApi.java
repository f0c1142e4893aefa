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
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.signatures.SignatureReport;

/** Verification of a signed PDF: every signature, its signer, chain, time and integrity. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Ký số")
record VerifyApi(VerifyTurns turns) {

    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Kiểm tra chữ ký số của tệp PDF: người ký, chuỗi chứng thư tới các chứng thư gốc tin cậy đã cấu hình,"
                            + " thời điểm ký, toàn vẹn hay đã bị sửa")
    SignatureReport.Verification verify(CurrentUser user, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        return turns.verify(user, file);
    }
}
