package vn.thidua.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.rules.CheckRequest;
import vn.thidua.rules.CheckResponse;
import vn.thidua.rules.CouncilVoteRule;
import vn.thidua.rules.EligibilityService;
import vn.thidua.rules.ParameterCommand;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.ParameterView;
import vn.thidua.rules.QuotaService;
import vn.thidua.rules.SubjectService;
import vn.thidua.rules.SubjectView;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.Quotas;

/** The eligibility contract of shared/domain/eligibility-api.md, and what other features need of the rules. */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Điều kiện khen thưởng",
        description = "Kiểm tra điều kiện theo Luật Thi đua, khen thưởng, có căn cứ pháp lý")
class EligibilityApi {

    private final EligibilityService eligibility;
    private final ParameterService parameters;
    private final QuotaService quotas;
    private final SubjectService subjects;

    private final Clock clock;

    EligibilityApi(
            EligibilityService eligibility,
            ParameterService parameters,
            QuotaService quotas,
            SubjectService subjects,
            Clock clock) {
        this.clock = clock;
        this.eligibility = eligibility;
        this.parameters = parameters;
        this.quotas = quotas;
        this.subjects = subjects;
    }

    @PostMapping("/eligibility/check")
    @Operation(summary = "Một cá nhân, tập thể có đủ điều kiện đề nghị danh hiệu, hình thức khen thưởng không")
    CheckResponse check(CurrentUser user, @RequestBody CheckRequest request) {
        return eligibility.check(user, request);
    }

    @GetMapping("/eligibility/awards")
    @Operation(
            summary =
                    "Danh mục danh hiệu thi đua và hình thức khen thưởng, với cấp quyết định vào ngày hỏi (mặc định hôm nay)")
    List<AwardEntry> awards(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        boolean commune = parameters.communeHoldsDistrictPowers(on == null ? LocalDate.now(clock) : on);
        return Arrays.stream(Award.values())
                .map(a -> new AwardEntry(
                        a.name(),
                        a.label(),
                        a.onlyFor() == null ? "BOTH" : a.onlyFor().name(),
                        a.isTitle() ? "TITLE" : "COMMENDATION",
                        a.decidedBy(commune)))
                .toList();
    }

    @GetMapping("/eligibility/vote-rules")
    @Operation(summary = "Cách bỏ phiếu và tỷ lệ cần đạt của Hội đồng cho từng danh hiệu, hình thức (theo năm)")
    List<CouncilVoteRule> voteRules(CurrentUser user, @RequestParam int year) {
        return quotas.voteRules(user, year);
    }

    @PostMapping("/eligibility/quota-check")
    @Operation(summary = "Kiểm tra tỷ lệ, số lượng trên cả danh sách đề nghị")
    Quotas.QuotaCheck quota(CurrentUser user, @RequestBody QuotaService.QuotaRequest request) {
        return quotas.check(user, request);
    }

    @GetMapping("/eligibility/parameters")
    @Operation(summary = "Các tham số có căn cứ pháp lý, thời gian hiệu lực và trạng thái xác minh")
    List<ParameterView> parameters() {
        return parameters.all();
    }

    @PutMapping("/eligibility/parameters/{id}")
    ParameterView updateParameter(CurrentUser user, @PathVariable long id, @RequestBody ParameterCommand command) {
        return parameters.update(user, id, command);
    }

    @PostMapping("/eligibility/parameters")
    @Operation(
            summary = "Thêm giá trị theo quy chế của tỉnh, bộ ngành (ghi đè giá trị chung cho câu hỏi của cơ quan đó)")
    ResponseEntity<ParameterView> addParameter(CurrentUser user, @RequestBody ParameterCommand command) {
        ParameterView created = parameters.addRegional(user, command);
        return ResponseEntity.created(URI.create("/api/v1/eligibility/parameters/" + created.id()))
                .body(created);
    }

    @PostMapping("/subjects")
    @Operation(summary = "Thêm cá nhân, tập thể cùng lịch sử danh hiệu, khen thưởng, xếp loại, sáng kiến, kỷ luật")
    ResponseEntity<SubjectView> createSubject(CurrentUser user, @RequestBody SubjectService.SubjectCommand command) {
        SubjectView created = subjects.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/subjects/" + created.id()))
                .body(created);
    }

    @GetMapping("/subjects/{id}")
    SubjectView subject(CurrentUser user, @PathVariable long id) {
        return subjects.readable(user, id);
    }

    @GetMapping("/units/{unitId}/subjects")
    List<SubjectView> subjectsOfUnit(CurrentUser user, @PathVariable long unitId) {
        return subjects.ofUnit(user, unitId);
    }

    record AwardEntry(String code, String label, String subjectKind, String category, String decidedBy) {}
}
