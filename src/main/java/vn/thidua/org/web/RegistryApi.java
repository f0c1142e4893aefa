package vn.thidua.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthoritySuccessionCommand;
import vn.thidua.org.AuthoritySuccessions;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.org.CouncilMemberView;
import vn.thidua.org.SuccessionCommand;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitSuccessionView;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;

/** The registry for other systems: HTTP Basic, JSON in and out, errors as RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Danh mục", description = "Cơ quan, đơn vị, khối thi đua và các năm thi đua")
class RegistryApi {

    private final AuthorityService authorities;
    private final AuthoritySuccessions successions;
    private final UnitService units;
    private final BlocService blocs;

    RegistryApi(AuthorityService authorities, AuthoritySuccessions successions, UnitService units, BlocService blocs) {
        this.successions = successions;
        this.authorities = authorities;
        this.units = units;
        this.blocs = blocs;
    }

    @GetMapping("/authorities")
    @Operation(summary = "Danh sách cơ quan có thẩm quyền (tỉnh, bộ ngành)")
    List<AuthorityView> authorities() {
        return authorities.all();
    }

    @GetMapping("/authorities/{id}")
    @Operation(summary = "Một cơ quan: cơ quan kế thừa nếu đã hợp nhất, các cơ quan đã hợp nhất vào, các tên trước đây")
    AuthorityView authority(@PathVariable long id) {
        return authorities.get(id);
    }

    @PostMapping("/authorities/{id}/successions")
    @Operation(summary = "Ghi nhận tỉnh, bộ ngành hợp nhất vào cơ quan khác (quản trị hệ thống) hoặc đổi tên")
    ResponseEntity<AuthorityView> recordAuthoritySuccession(
            CurrentUser user, @PathVariable long id, @RequestBody AuthoritySuccessionCommand command) {
        return ResponseEntity.status(201).body(successions.record(user, id, command));
    }

    @PostMapping("/authorities")
    @Operation(summary = "Thêm cơ quan (quản trị hệ thống)")
    ResponseEntity<AuthorityView> createAuthority(CurrentUser user, @RequestBody AuthorityCommand command) {
        AuthorityView created = authorities.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/authorities/" + created.id()))
                .body(created);
    }

    @GetMapping("/authorities/{id}/council-members")
    List<CouncilMemberView> councilMembers(@PathVariable long id) {
        return authorities.councilMembers(id);
    }

    @PostMapping("/authorities/{id}/council-members")
    ResponseEntity<CouncilMemberView> addCouncilMember(
            CurrentUser user, @PathVariable long id, @RequestBody CouncilMemberCommand command) {
        CouncilMemberView created = authorities.addCouncilMember(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/authorities/" + id + "/council-members"))
                .body(created);
    }

    @GetMapping("/units")
    @Operation(summary = "Tìm đơn vị (không phân biệt hoa thường và dấu: \"so tu phap\" tìm thấy \"Sở Tư pháp\")")
    List<UnitView> units(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long authorityId) {
        return units.search(q, authorityId);
    }

    @GetMapping("/units/{id}")
    UnitView unit(@PathVariable long id) {
        return units.get(id);
    }

    @GetMapping("/units/{id}/history")
    @Operation(summary = "Lịch sử đơn vị: đổi tên, sáp nhập và các năm tham gia khối (kể cả của đơn vị tiền thân)")
    UnitService.UnitHistory unitHistory(@PathVariable long id) {
        return units.history(id);
    }

    @PostMapping("/units")
    ResponseEntity<UnitView> createUnit(CurrentUser user, @RequestBody UnitCommand command) {
        UnitView created = units.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/units/" + created.id()))
                .body(created);
    }

    @PutMapping("/units/{id}")
    UnitView updateUnit(CurrentUser user, @PathVariable long id, @RequestBody UnitCommand command) {
        return units.update(user, id, command);
    }

    @PostMapping("/units/{id}/successions")
    @Operation(summary = "Ghi nhận đổi tên, sáp nhập hoặc chia tách đơn vị")
    ResponseEntity<UnitSuccessionView> recordSuccession(
            CurrentUser user, @PathVariable long id, @RequestBody SuccessionCommand command) {
        return ResponseEntity.status(201).body(units.recordSuccession(user, id, command));
    }

    @GetMapping("/blocs")
    @Operation(summary = "Tìm khối, cụm, khu vực thi đua theo tên hoặc tên cơ quan")
    List<BlocView> blocs(
            CurrentUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long authorityId) {
        return blocs.search(user, q, authorityId);
    }

    @GetMapping("/blocs/{id}")
    BlocView bloc(CurrentUser user, @PathVariable long id) {
        return blocs.get(user, id);
    }

    @PostMapping("/blocs")
    ResponseEntity<BlocView> createBloc(CurrentUser user, @RequestBody BlocCommand command) {
        BlocView created = blocs.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/blocs/" + created.id()))
                .body(created);
    }

    @PutMapping("/blocs/{id}")
    BlocView updateBloc(CurrentUser user, @PathVariable long id, @RequestBody BlocCommand command) {
        return blocs.update(user, id, command);
    }

    @GetMapping("/blocs/{id}/years")
    @Operation(summary = "Các năm của khối: thành viên, khối trưởng, khối phó, thành viên Hội đồng theo dõi, số Cờ")
    List<BlocYearView> years(CurrentUser user, @PathVariable long id) {
        return blocs.years(user, id);
    }

    @GetMapping("/blocs/{id}/years/{year}")
    BlocYearView year(CurrentUser user, @PathVariable long id, @PathVariable int year) {
        return blocs.year(user, id, year);
    }

    @PostMapping("/blocs/{id}/years")
    ResponseEntity<BlocYearView> createYear(
            CurrentUser user, @PathVariable long id, @RequestBody BlocYearCommand command) {
        BlocYearView created = blocs.createYear(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/blocs/" + id + "/years/" + created.year()))
                .body(created);
    }

    @PutMapping("/blocs/{id}/years/{year}")
    BlocYearView updateYear(
            CurrentUser user, @PathVariable long id, @PathVariable int year, @RequestBody BlocYearCommand command) {
        return blocs.updateYear(user, id, year, command);
    }
}
