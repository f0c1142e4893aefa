package vn.thidua.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.scoring.DiscrepancyView;
import vn.thidua.scoring.EntryInput;
import vn.thidua.scoring.EvidenceService;
import vn.thidua.scoring.ProgressView;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.RoundView;
import vn.thidua.scoring.ScoringRequests;
import vn.thidua.scoring.ScoringService;
import vn.thidua.scoring.SheetView;
import vn.thidua.scoring.TemplateCommand;
import vn.thidua.scoring.TemplateService;
import vn.thidua.scoring.TemplateView;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.SheetKind;

/** The bloc year's scoring for other systems and scripts: HTTP Basic, JSON, RFC 9457 problems. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Chấm điểm thi đua",
        description = "Bảng tiêu chí, tự chấm, kiểm tra chéo, tổng hợp, ý kiến, khóa, xếp hạng")
record ScoringApi(
        TemplateService templates,
        ScoringService scoring,
        EvidenceService evidence,
        ResultService results,
        ScoringSteps steps,
        Messages messages) {

    static final String VERSIONED = "Thiếu version: 400 (code problem.versionRequired); version cũ: 409.";

    static final String ROUND_VERSION =
            "version: của năm chấm điểm đã đọc (GET /bloc-years/{yearId}/scoring). " + VERSIONED;

    /** A sheet's draft as JSON: points are numbers here, text in the step's request. */
    record SheetInput(Long version, List<Entry> entries) {
        ScoringRequests.SaveSheet request() {
            return new ScoringRequests.SaveSheet(
                    version,
                    entries == null
                            ? List.of()
                            : entries.stream()
                                    .map(e -> e == null
                                            ? EntryInput.of(null, null, null)
                                            : EntryInput.of(e.code(), e.points(), e.comment()))
                                    .toList());
        }
    }

    record Entry(String code, BigDecimal points, String comment) {}

    private static ScoringRequests.RoundStep orEmpty(ScoringRequests.RoundStep step) {
        return step == null ? new ScoringRequests.RoundStep(null) : step;
    }

    // ---- templates ----

    @GetMapping("/scoring-templates")
    List<TemplateView> templates(CurrentUser user, @RequestParam(required = false) Long authorityId) {
        return templates.list(user, authorityId);
    }

    @GetMapping("/scoring-templates/{id}")
    TemplateView template(CurrentUser user, @PathVariable long id) {
        return templates.get(user, id);
    }

    @PostMapping("/scoring-templates")
    @Operation(summary = "Tạo bảng tiêu chí (Ban Thi đua – Khen thưởng của cơ quan)")
    ResponseEntity<TemplateView> createTemplate(CurrentUser user, @RequestBody TemplateCommand command) {
        TemplateView created = templates.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/scoring-templates/" + created.id()))
                .body(created);
    }

    @PutMapping("/scoring-templates/{id}")
    TemplateView updateTemplate(CurrentUser user, @PathVariable long id, @RequestBody TemplateCommand command) {
        return templates.update(user, id, command);
    }

    @PostMapping("/scoring-templates/{id}/publish")
    @Operation(summary = "Ban hành phiên bản (không sửa được nữa)")
    TemplateView publish(CurrentUser user, @PathVariable long id) {
        return templates.publish(user, id);
    }

    @PostMapping("/scoring-templates/{id}/versions")
    @Operation(summary = "Tạo phiên bản mới từ phiên bản này")
    TemplateView newVersion(CurrentUser user, @PathVariable long id) {
        return templates.newVersion(user, id);
    }

    // ---- the bloc year's round ----

    @GetMapping("/bloc-years/{yearId}/scoring")
    RoundView round(CurrentUser user, @PathVariable long yearId) {
        return scoring.round(user, yearId)
                .orElseThrow(() -> new NotFoundException("round.notFound", messages.get("round.notFound")));
    }

    @PutMapping("/bloc-years/{yearId}/scoring")
    @Operation(
            summary = "Áp dụng một bảng tiêu chí đã ban hành cho năm thi đua (sao chép)",
            description = "Khi năm đã có bảng tiêu chí, gửi kèm version của bảng đã đọc. " + VERSIONED)
    @Refusals
    RoundView apply(CurrentUser user, @PathVariable long yearId, @RequestBody ScoringRequests.ApplyTemplate request) {
        return scoring.apply(user, yearId, request);
    }

    @GetMapping("/bloc-years/{yearId}/progress")
    ProgressView progress(CurrentUser user, @PathVariable long yearId) {
        return results.progress(user, yearId);
    }

    @GetMapping("/bloc-years/{yearId}/sheets/{kind}/{unitId}")
    SheetView sheet(
            CurrentUser user, @PathVariable long yearId, @PathVariable SheetKind kind, @PathVariable long unitId) {
        return scoring.sheet(user, yearId, kind, unitId);
    }

    @PutMapping("/bloc-years/{yearId}/sheets/{kind}/{unitId}")
    @Operation(
            summary = "Lưu nháp phiếu chấm (thay toàn bộ điểm của phiếu)",
            description = "version: của phiếu đã đọc (0 khi phiếu chưa có). " + VERSIONED)
    @Refusals
    SheetView save(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            @RequestBody SheetInput input) {
        return steps.sheets().save(user, yearId, kind, unitId, input.request());
    }

    @PostMapping("/bloc-years/{yearId}/sheets/{kind}/{unitId}/submit")
    @Operation(summary = "Nộp phiếu chấm (khóa phiếu)", description = "version: của phiếu đã đọc. " + VERSIONED)
    @Refusals
    SheetView submit(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            @RequestBody(required = false) ScoringRequests.SubmitSheet request) {
        return steps.sheets()
                .submit(user, yearId, kind, unitId, request == null ? new ScoringRequests.SubmitSheet(null) : request);
    }

    @PostMapping(
            path = "/bloc-years/{yearId}/sheets/SELF/{unitId}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Tải lên tệp minh chứng (PDF, DOCX, XLSX, PNG, JPG)",
            description = "version (không bắt buộc): của phiếu tự chấm đã đọc (0 khi phiếu chưa có); version cũ: 409"
                    + " (code problem.conflict).")
    SheetView.EvidenceView addEvidence(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @RequestParam(required = false) String criterionCode,
            @RequestParam(required = false) Long version,
            @RequestParam MultipartFile file)
            throws IOException {
        return evidence.add(
                user,
                yearId,
                unitId,
                new ScoringRequests.Evidence(criterionCode, version),
                file.getOriginalFilename(),
                file.getBytes());
    }

    @DeleteMapping("/bloc-years/{yearId}/sheets/SELF/{unitId}/evidence/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Xóa tệp minh chứng của phiếu tự chấm còn là bản nháp",
            description = "version (bắt buộc): của phiếu tự chấm đã đọc. Phiếu đã nộp: 409 (code sheet.submitted);"
                    + " ghi vào nhật ký (EVIDENCE_REMOVED).")
    @Refusals
    void removeEvidence(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @PathVariable long id,
            @RequestParam(required = false) Long version) {
        evidence.remove(user, yearId, unitId, id, new ScoringRequests.RemoveEvidence(version));
    }

    @GetMapping("/bloc-years/{yearId}/evidence/{id}")
    ResponseEntity<byte[]> evidence(CurrentUser user, @PathVariable long yearId, @PathVariable long id) {
        var file = evidence.get(user, yearId, id);
        return Downloads.of(file.content(), file.fileName(), file.contentType());
    }

    @GetMapping("/scoring-templates/{id}.xlsx")
    ResponseEntity<byte[]> exportTemplate(CurrentUser user, @PathVariable long id) {
        templates.get(user, id);
        return Downloads.xlsx(templates.export(id), "bang-tieu-chi-" + id + ".xlsx");
    }

    @PostMapping(path = "/scoring-templates/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Thay các tiêu chí của bản nháp bằng tệp Excel (cả tệp hoặc không gì cả)")
    TemplateView importTemplate(CurrentUser user, @PathVariable long id, @RequestParam MultipartFile file)
            throws IOException {
        return templates.importCriteria(user, id, file.getInputStream());
    }

    @GetMapping("/bloc-years/{yearId}/sheets/{kind}/{unitId}.xlsx")
    @Operation(summary = "Phiếu chấm dạng Excel để điền (hoặc đã điền)")
    ResponseEntity<byte[]> exportSheet(
            CurrentUser user, @PathVariable long yearId, @PathVariable SheetKind kind, @PathVariable long unitId) {
        return Downloads.xlsx(scoring.exportSheet(user, yearId, kind, unitId), "phieu-cham-" + unitId + ".xlsx");
    }

    @PostMapping(
            path = "/bloc-years/{yearId}/sheets/{kind}/{unitId}/import",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Nhập phiếu chấm từ Excel: lỗi ở bất kỳ dòng nào thì không thay đổi gì",
            description = "version: của phiếu đã đọc (0 khi phiếu chưa có). " + VERSIONED)
    @Refusals
    SheetView importSheet(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable SheetKind kind,
            @PathVariable long unitId,
            @RequestParam(required = false) Long version,
            @RequestParam MultipartFile file)
            throws IOException {
        return steps.sheets().importSheet(user, yearId, kind, unitId, version, file.getInputStream());
    }

    @GetMapping("/bloc-years/{yearId}/results.xlsx")
    void exportResults(CurrentUser user, @PathVariable long yearId, HttpServletResponse response) throws IOException {
        ResultsView view = results.results(user, yearId);
        ResultsTable.write(
                view, messages, response, scoring.scope(user, yearId).year().year());
    }

    @GetMapping("/bloc-years/{yearId}/inspections")
    List<InspectionPair> inspections(CurrentUser user, @PathVariable long yearId) {
        return scoring.inspections(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/inspections/generate")
    @Operation(
            summary = "Lập phân công kiểm tra chéo (không tự kiểm tra, không kiểm tra lẫn nhau, tránh cặp năm trước)",
            description = ROUND_VERSION)
    @Refusals
    List<InspectionPair> generate(
            CurrentUser user,
            @PathVariable long yearId,
            @RequestBody(required = false) ScoringRequests.RoundStep step) {
        return steps.inspections().generate(user, yearId, orEmpty(step));
    }

    @PutMapping("/bloc-years/{yearId}/inspections")
    @Operation(summary = "Sửa phân công kiểm tra chéo", description = ROUND_VERSION)
    @Refusals
    List<InspectionPair> saveInspections(
            CurrentUser user, @PathVariable long yearId, @RequestBody ScoringRequests.AssignInspections request) {
        return steps.inspections().save(user, yearId, request);
    }

    @PostMapping("/bloc-years/{yearId}/inspections/open")
    @Operation(summary = "Mở kiểm tra chéo (phân công không sửa được nữa)", description = ROUND_VERSION)
    @Refusals
    RoundView openInspections(
            CurrentUser user,
            @PathVariable long yearId,
            @RequestBody(required = false) ScoringRequests.RoundStep step) {
        return steps.inspections().open(user, yearId, orEmpty(step));
    }

    @GetMapping("/bloc-years/{yearId}/discrepancies")
    List<DiscrepancyView> discrepancies(CurrentUser user, @PathVariable long yearId) {
        return results.discrepancies(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/discrepancies")
    @Operation(summary = "Chốt điểm một tiêu chí chênh lệch, có lý do", description = ROUND_VERSION)
    @Refusals
    DiscrepancyView resolve(CurrentUser user, @PathVariable long yearId, @RequestBody ScoringRequests.Resolve request) {
        return steps.discrepancies().resolve(user, yearId, request);
    }

    @PostMapping("/bloc-years/{yearId}/consolidate")
    @Operation(summary = "Tổng hợp kết quả và mở thời hạn nhận ý kiến", description = ROUND_VERSION)
    @Refusals
    ResultsView consolidate(
            CurrentUser user, @PathVariable long yearId, @RequestBody ScoringRequests.Consolidate request) {
        return steps.consolidation().consolidate(user, yearId, request);
    }

    @GetMapping("/bloc-years/{yearId}/results")
    @Operation(summary = "Bảng điểm tổng hợp và xếp hạng")
    ResultsView results(CurrentUser user, @PathVariable long yearId) {
        return results.results(user, yearId);
    }

    @PostMapping("/bloc-years/{yearId}/objections")
    @Operation(summary = "Đơn vị gửi ý kiến về kết quả của mình trong thời hạn", description = ROUND_VERSION)
    @Refusals
    ResultsView.ObjectionView object(
            CurrentUser user, @PathVariable long yearId, @RequestBody ScoringRequests.Objection request) {
        return steps.objections().object(user, yearId, request);
    }

    @PostMapping("/bloc-years/{yearId}/objections/{id}/answer")
    @Operation(summary = "Trả lời ý kiến", description = "version: của ý kiến đã đọc. " + VERSIONED)
    @Refusals
    ResultsView.ObjectionView answer(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long id,
            @RequestBody ScoringRequests.Answer request) {
        return steps.objections().answer(user, yearId, id, request);
    }

    @PostMapping("/bloc-years/{yearId}/lock")
    @Operation(summary = "Ban khóa kết quả năm", description = ROUND_VERSION)
    @Refusals
    ResultsView lock(
            CurrentUser user,
            @PathVariable long yearId,
            @RequestBody(required = false) ScoringRequests.RoundStep step) {
        return steps.lock().lock(user, yearId, orEmpty(step));
    }

    @PostMapping("/bloc-years/{yearId}/adjustments")
    @Operation(summary = "Ban điều chỉnh điểm sau khi khóa (có lý do, được ghi vết)", description = ROUND_VERSION)
    @Refusals
    ResultsView adjust(CurrentUser user, @PathVariable long yearId, @RequestBody ScoringRequests.Adjust request) {
        return steps.lock().adjust(user, yearId, request);
    }
}
