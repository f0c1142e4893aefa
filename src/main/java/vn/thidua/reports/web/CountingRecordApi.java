package vn.thidua.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.documents.DocumentService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.reports.CountingRecordService;

@RestController
@RequestMapping("/api/v1/votes/{id}")
@Tag(name = "Biểu quyết")
class CountingRecordApi {

    private static final String SUMMARY =
            "Biên bản kiểm phiếu theo thể thức văn bản hành chính: Ban kiểm phiếu, số thành viên, có mặt, "
                    + "phiếu phát ra, thu về, hợp lệ, trắng, số phiếu và kết quả từng phương án theo quy tắc và căn cứ, ý kiến bằng văn bản; "
                    + "bỏ phiếu trên hệ thống kèm danh sách mã theo dõi phiếu. Chỉ khi đã có kết quả (VERIFIED), cho người đọc được cuộc "
                    + "biểu quyết";

    private final CountingRecordService records;

    CountingRecordApi(CountingRecordService records) {
        this.records = records;
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
