package vn.thidua.onboarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.onboarding.ImportProgress;
import vn.thidua.onboarding.OnboardingReport;
import vn.thidua.onboarding.OnboardingService;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Problems;

/** Onboarding for a script: the template, and the import answering its report. */
@RestController
@RequestMapping("/api/v1/onboarding")
@Tag(
        name = "Nhập dữ liệu ban đầu",
        description = "Đơn vị, Hội đồng, khối, cụm theo năm và tài khoản của một cơ quan từ một tệp Excel")
record OnboardingApi(OnboardingService service, Messages messages) {

    static final String TEMPLATE_NAME = "mau-nhap-du-lieu-ban-dau.xlsx";
    private static final String NOT_APPLIED = "onboarding.notApplied";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Nhập tệp (multipart, trường file): 200 với báo cáo từng dòng khi đã lưu; 400 với mọi dòng sai "
                    + "(errors) và báo cáo (report) khi không lưu gì")
    @ApiResponse(
            responseCode = "200",
            description = "Đã lưu cả tệp: báo cáo từng dòng, liên kết kích hoạt của tài khoản mới")
    @ApiResponse(
            responseCode = "400",
            description = "Không lưu gì. code onboarding.notApplied: có dòng sai (errors: trang, dòng, cột, lý do; "
                    + "report: từng dòng); hoặc tệp không theo mẫu (code problem.invalidInput, errors với code "
                    + "onboarding.file.sheetMissing, onboarding.file.headingsMissing, onboarding.file.heading, "
                    + "onboarding.file.tooManyRows, onboarding.file.unreadable)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM_SCHEMA)))
    @ApiResponse(
            responseCode = "403",
            description = "code onboarding.refused.notAllowed: chỉ quản trị hệ thống và Ban Thi đua – Khen thưởng; "
                    + "onboarding.refused.outsideAuthority: Ban chỉ nhập cho cơ quan mình",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<Object> importWorkbook(CurrentUser user, @RequestParam MultipartFile file) throws IOException {
        service.requireMayImport(user);
        OnboardingReport report = service.importWorkbook(user, file.getBytes(), ImportProgress.NONE);
        if (report.applied()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = Problems.of(
                messages,
                HttpStatus.BAD_REQUEST,
                NOT_APPLIED,
                messages.get(NOT_APPLIED, report.errors().size()));
        problem.setType(Problems.INVALID_INPUT);
        problem.setProperty("errors", report.errors());
        problem.setProperty("report", report);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "Tệp mẫu: hướng dẫn, ví dụ và các trang để điền")
    ResponseEntity<byte[]> template(CurrentUser user) {
        return Downloads.xlsx(service.template(user), TEMPLATE_NAME);
    }
}
