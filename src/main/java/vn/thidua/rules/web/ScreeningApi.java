package vn.thidua.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.rules.ScreeningService;
import vn.thidua.rules.ScreeningView;

@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Rà soát", description = "Lượt rà soát điều kiện khen thưởng: trạng thái, tiến độ, hủy")
record ScreeningApi(ScreeningService screenings) {

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "Trạng thái (QUEUED, RUNNING, DONE, FAILED, CANCELLED) và tiến độ (done / total) của một lượt rà soát")
    ScreeningView get(CurrentUser user, @PathVariable long id) {
        return screenings.get(user, id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(
            summary =
                    "Hủy lượt rà soát đang chờ hoặc đang chạy; kết quả đã ghi được xóa. Lượt đã kết thúc: 409, mã job.cancel.finished")
    ScreeningView cancel(CurrentUser user, @PathVariable long id) {
        return screenings.cancel(user, id);
    }
}
