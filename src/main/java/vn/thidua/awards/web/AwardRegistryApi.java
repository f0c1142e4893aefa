package vn.thidua.awards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.awards.AwardEntry;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.awards.RegistryWorkbook;
import vn.thidua.platform.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "Sổ khen thưởng", description = "Tra cứu, xuất, nhập khen thưởng đã có; lịch sử của đơn vị và cá nhân")
class AwardRegistryApi {

    private final AwardRegistry registry;

    AwardRegistryApi(AwardRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Tìm theo tên (không dấu cũng được), năm, danh hiệu (mã), đối tượng (COLLECTIVE, INDIVIDUAL), loại hình (THUONG_XUYEN…)")
    List<AwardEntry> search(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String award, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String type) {
        return registry.search(user, AwardRegistryPages.query(q, year, award, kind, type));
    }

    @GetMapping("/export.xlsx")
    void export(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String award, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String type,
            HttpServletResponse response) throws IOException {
        RegistryWorkbook.exportTable().write(registry.search(user, AwardRegistryPages.query(q, year, award, kind, type)), response,
                "so-khen-thuong.xlsx");
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập khen thưởng đã có từ Excel: tất cả hoặc không dòng nào, kèm danh sách lỗi theo dòng")
    Map<String, Integer> importWorkbook(CurrentUser user, @RequestParam MultipartFile file) throws IOException {
        return Map.of("imported", registry.importWorkbook(user, file.getInputStream()));
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
