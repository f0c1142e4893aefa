package vn.thidua.cycle.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.cycle.CovenantCommand;
import vn.thidua.cycle.CycleService;
import vn.thidua.cycle.CycleView;
import vn.thidua.cycle.LaunchCommand;
import vn.thidua.cycle.SignCommand;
import vn.thidua.platform.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/bloc-years/{yearId}")
@Tag(
        name = "Phát động và giao ước",
        description = "Đơn vị trưởng phát động; đơn vị thành viên đăng ký chỉ tiêu và ký giao ước")
class CycleApi {

    private final CycleService cycle;
    private final vn.thidua.cycle.ConferenceService conferences;

    CycleApi(CycleService cycle, vn.thidua.cycle.ConferenceService conferences) {
        this.cycle = cycle;
        this.conferences = conferences;
    }

    @GetMapping("/conference")
    org.springframework.http.ResponseEntity<vn.thidua.cycle.ConferenceView> conference(
            CurrentUser user, @PathVariable long yearId) {
        return conferences
                .get(user, yearId)
                .map(org.springframework.http.ResponseEntity::ok)
                .orElseGet(() ->
                        org.springframework.http.ResponseEntity.noContent().build());
    }

    @PutMapping("/conference")
    @Operation(summary = "Ghi hồ sơ Hội nghị tổng kết (sửa được đến khi ký biên bản; mọi thay đổi được ghi lại)")
    vn.thidua.cycle.ConferenceView saveConference(
            CurrentUser user, @PathVariable long yearId, @RequestBody vn.thidua.cycle.ConferenceCommand command) {
        return conferences.save(user, yearId, command);
    }

    @PostMapping("/conference/sign")
    @Operation(summary = "Ký biên bản hội nghị: hồ sơ hội nghị bị khóa")
    vn.thidua.cycle.ConferenceView signConference(CurrentUser user, @PathVariable long yearId) {
        return conferences.sign(user, yearId);
    }

    @GetMapping("/cycle")
    CycleView view(CurrentUser user, @PathVariable long yearId) {
        return cycle.view(user, yearId);
    }

    @PutMapping("/launch")
    @Operation(summary = "Phát động thi đua và mở đăng ký giao ước (đơn vị trưởng hoặc Ban)")
    CycleView launch(CurrentUser user, @PathVariable long yearId, @RequestBody LaunchCommand command) {
        return cycle.launch(user, yearId, command);
    }

    @PutMapping("/covenant/{unitId}")
    @Operation(summary = "Đăng ký chỉ tiêu giao ước của đơn vị mình")
    CycleView targets(
            CurrentUser user,
            @PathVariable long yearId,
            @PathVariable long unitId,
            @RequestBody CovenantCommand command) {
        return cycle.saveTargets(user, yearId, unitId, command);
    }

    @PostMapping("/covenant/{unitId}/sign")
    @Operation(summary = "Ký giao ước thi đua của đơn vị mình")
    CycleView sign(
            CurrentUser user, @PathVariable long yearId, @PathVariable long unitId, @RequestBody SignCommand command) {
        return cycle.sign(user, yearId, unitId, command);
    }
}
