package vn.thidua.cycle.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.cycle.AfterwardsCommand;
import vn.thidua.cycle.AfterwardsView;
import vn.thidua.cycle.ConferenceCommand;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.cycle.CovenantCommand;
import vn.thidua.cycle.CycleService;
import vn.thidua.cycle.CycleView;
import vn.thidua.cycle.EnteredAfterwards;
import vn.thidua.cycle.LaunchCommand;
import vn.thidua.cycle.SignCommand;
import vn.thidua.platform.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/bloc-years/{yearId}")
@Tag(
        name = "Phát động và giao ước",
        description = "Đơn vị trưởng phát động; đơn vị thành viên đăng ký chỉ tiêu và ký giao ước")
record CycleApi(CycleService cycle, ConferenceService conferences, EnteredAfterwards afterwards) {

    static final String VERSIONED = "Khi bản ghi đã có, gửi kèm version đã đọc: thiếu version 400 (code"
            + " problem.versionRequired), version cũ 409. Trạng thái không cho phép: 409 với code (vd."
            + " covenant.notOpen, conference.signed); không có quyền: 403 với code (vd. cycle.leaderOnly).";

    @PostMapping("/afterwards")
    @Operation(
            summary = "Ban đánh dấu năm đã qua là nhập bổ sung: thời gian nhận ý kiến và công khai coi là đã hết",
            description = "Chỉ Ban TĐKT của cơ quan quản lý khối (403 afterwards.boardOnly); hội nghị tổng kết phải"
                    + " đã họp trước hôm nay (409 afterwards.noConference, afterwards.conferenceNotPast); một lần"
                    + " (409 afterwards.already); reason 5–1000 ký tự (400).")
    AfterwardsView markAfterwards(CurrentUser user, @PathVariable long yearId, @RequestBody AfterwardsCommand command) {
        return afterwards.mark(user, yearId, command);
    }

    @GetMapping("/conference")
    ResponseEntity<ConferenceView> conference(CurrentUser user, @PathVariable long yearId) {
        return conferences
                .get(user, yearId)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/conference")
    @Operation(
            summary = "Ghi hồ sơ Hội nghị tổng kết (sửa được đến khi ký biên bản; mọi thay đổi được ghi lại)",
            description = VERSIONED)
    ConferenceView saveConference(CurrentUser user, @PathVariable long yearId, @RequestBody ConferenceCommand command) {
        return conferences.save(user, yearId, command);
    }

    @PostMapping("/conference/sign")
    @Operation(
            summary = "Ký biên bản hội nghị: hồ sơ hội nghị bị khóa",
            description = "version (không bắt buộc): của hồ sơ đã đọc; version cũ: 409. Đã ký: 409 (code"
                    + " conference.signed); chưa có hồ sơ: 409 (conference.none).")
    ConferenceView signConference(
            CurrentUser user, @PathVariable long yearId, @RequestBody(required = false) Step step) {
        return conferences.sign(user, yearId, step == null ? null : step.version());
    }

    /** A step that needs nothing but the version read. */
    record Step(Long version) {}

    @GetMapping("/cycle")
    CycleView view(CurrentUser user, @PathVariable long yearId) {
        return cycle.view(user, yearId);
    }

    @PutMapping("/launch")
    @Operation(summary = "Phát động thi đua và mở đăng ký giao ước (đơn vị trưởng hoặc Ban)", description = VERSIONED)
    CycleView launch(CurrentUser user, @PathVariable long yearId, @RequestBody LaunchCommand command) {
        return cycle.launch(user, yearId, command);
    }

    @PutMapping("/covenant/{unitId}")
    @Operation(summary = "Đăng ký chỉ tiêu giao ước của đơn vị mình", description = VERSIONED)
    CycleView targets(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @RequestBody CovenantCommand command) {
        return cycle.saveTargets(user, yearId, unitId, command);
    }

    @PostMapping("/covenant/{unitId}/sign")
    @Operation(
            summary = "Ký giao ước thi đua của đơn vị mình",
            description = "version (không bắt buộc): của giao ước đã đọc. Chưa đăng ký chỉ tiêu hoặc đã ký: 409"
                    + " (code covenant.noTargets, covenant.alreadySigned); đơn vị khác: 403 (covenant.notYours).")
    CycleView sign(
            CurrentUser user, @PathVariable long yearId, @PathVariable long unitId, @RequestBody SignCommand command) {
        return cycle.sign(user, yearId, unitId, command);
    }
}
