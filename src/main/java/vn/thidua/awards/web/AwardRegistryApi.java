package vn.thidua.awards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.awards.AwardEntry;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.awards.ImportReport;
import vn.thidua.awards.ImportView;
import vn.thidua.awards.RegistryImports;
import vn.thidua.awards.RegistrySearch;
import vn.thidua.awards.RegistryWorkbook;
import vn.thidua.platform.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "Sổ khen thưởng", description = "Tra cứu, xuất, nhập khen thưởng đã có; lịch sử của đơn vị và cá nhân")
record AwardRegistryApi(AwardRegistry registry, RegistryImports imports) {

    @GetMapping
    @Operation(
            summary =
                    "Tìm theo tên (không dấu cũng được), năm, danh hiệu (mã), đối tượng (COLLECTIVE, INDIVIDUAL), loại hình (THUONG_XUYEN…)",
            description = "year: từ " + RegistrySearch.FIRST_YEAR + " đến " + RegistrySearch.LAST_YEAR
                    + "; size: số dòng tối đa, từ 1 đến " + RegistrySearch.MAX_SIZE + " (mặc định "
                    + RegistrySearch.MAX_SIZE + "). Ngoài khoảng: 400 (code registry.search.year.range,"
                    + " registry.search.size.range).")
    @ApiResponse(responseCode = "400", description = "Năm hoặc số dòng ngoài khoảng (errors[] với code)")
    List<AwardEntry> search(CurrentUser user, @ParameterObject RegistrySearch search) {
        return registry.search(user, search);
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "Tải Excel các khen thưởng tìm được (cùng tham số như tìm kiếm)")
    void export(CurrentUser user, @ParameterObject RegistrySearch search, HttpServletResponse response)
            throws IOException {
        RegistryWorkbook.exportTable().write(registry.search(user, search), response, "so-khen-thuong.xlsx");
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Nhập khen thưởng đã có từ Excel, trả lời khi xong: tất cả hoặc không dòng nào, kèm danh sách lỗi theo dòng;"
                            + " dòng đã có trong sổ (cùng đối tượng, danh hiệu, số và ngày quyết định) được bỏ qua và báo trong rows")
    Map<String, Object> importWorkbook(CurrentUser user, @RequestParam MultipartFile file) throws IOException {
        ImportReport report = registry.importWorkbook(user, file.getInputStream());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("imported", report.imported());
        answer.put("skipped", report.skipped());
        answer.put("rows", report.rows());
        return answer;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Nhập khen thưởng đã có từ Excel như một công việc chạy nền (202): theo dõi tiến độ và báo cáo ở /imports/{id}")
    ResponseEntity<ImportView> submitImport(CurrentUser user, @RequestParam MultipartFile file) throws IOException {
        ImportView started = imports.submit(user, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/awards/imports/" + started.id()))
                .body(started);
    }

    @GetMapping("/imports/{id}")
    @Operation(
            summary =
                    "Trạng thái (QUEUED, RUNNING, DONE, FAILED, CANCELLED), tiến độ (done / total dòng) và, khi xong, báo cáo từng dòng")
    ImportView importStatus(CurrentUser user, @PathVariable long id) {
        return imports.get(user, id);
    }

    @PostMapping("/imports/{id}/cancel")
    @Operation(
            summary =
                    "Hủy lượt nhập chưa xong: không dòng nào được nhập. Lượt đã kết thúc: 409, mã job.cancel.finished")
    ImportView cancelImport(CurrentUser user, @PathVariable long id) {
        return imports.cancel(user, id);
    }

    @GetMapping("/units/{unitId}")
    AwardRegistry.UnitAwards unit(CurrentUser user, @PathVariable long unitId) {
        return registry.ofUnit(user, unitId);
    }

    @GetMapping("/subjects/{subjectId}")
    AwardRegistry.SubjectAwards subject(CurrentUser user, @PathVariable long subjectId) {
        return registry.ofSubject(user, subjectId);
    }
}
