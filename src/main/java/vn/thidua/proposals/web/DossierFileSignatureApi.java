package vn.thidua.proposals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.DossierFileSignatures;
import vn.thidua.signatures.SignatureReport;

/** The signatures of a dossier's PDF, verified on demand, for whoever may download the file. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Đề nghị khen thưởng")
record DossierFileSignatureApi(DossierFileSignatures signatures) {

    @GetMapping("/proposals/{id}/files/{fileId}/signatures")
    @Operation(
            summary = "Kiểm tra chữ ký số của một tệp PDF trong hồ sơ đề nghị (như POST /api/v1/documents/verify):"
                    + " người ký, chuỗi chứng thư tới các chứng thư gốc tin cậy, thời điểm ký, toàn vẹn hay đã bị sửa;"
                    + " cùng quyền như tải tệp")
    SignatureReport.Verification signatures(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        return signatures.of(user, id, fileId);
    }
}
