package vn.thidua.movements.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.movements.MovementService;
import vn.thidua.movements.MovementView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;

@RestController
@RequestMapping("/api/v1/movements")
@Tag(name = "Phong trào thi đua", description = "Các phong trào thi đua của một cơ quan: phát động, thời hạn, kết quả")
record MovementApi(MovementService movements, Checks checks, Clock clock) {

    @GetMapping
    @Operation(
            summary = "Các phong trào có thời hạn gặp năm đã chọn (mặc định năm nay) của cơ quan"
                    + " (mặc định cơ quan của người dùng); cơ quan khác: 403 (code movement.readRefused)")
    List<MovementView> list(
            CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long authority) {
        Long a = authority != null ? authority : movements.ownAuthority(user).orElse(null);
        if (a == null) {
            throw checks.refusal("authority", "movement.authority.required");
        }
        return movements.ofYear(user, a, year == null ? Year.now(clock).getValue() : year);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một phong trào; không có hoặc của cơ quan khác: 404 (code movement.notFound)")
    MovementView get(CurrentUser user, @PathVariable long id) {
        return movements.get(user, id);
    }
}
