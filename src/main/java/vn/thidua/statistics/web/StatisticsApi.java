package vn.thidua.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.statistics.StatisticsService;

@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Thống kê", description = "Báo cáo thống kê thi đua, khen thưởng theo Thông tư 02/2023/TT-BNV")
record StatisticsApi(StatisticsService statistics) {

    @GetMapping("/{year}.xlsx")
    @Operation(
            summary = "Các biểu 0601.N–0605.N/BNV-TĐKT của cơ quan trong năm, mỗi biểu một trang tính",
            description = "Ban Thi đua – Khen thưởng của cơ quan đó hoặc quản trị; cơ quan khác: 403 (code"
                    + " statistics.refused); năm ngoài khoảng 1945–2100: 400 (code statistics.year.range).")
    void workbook(CurrentUser user, @PathVariable int year, @RequestParam long authority, HttpServletResponse response)
            throws IOException {
        send(statistics, user, authority, year, response);
    }

    /** Built in memory first, so that a refusal is an error answer, never half a file. */
    static void send(
            StatisticsService statistics, CurrentUser user, long authority, int year, HttpServletResponse response)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        statistics.workbook(user, authority, year, out);
        Downloads.streamed(response, "thong-ke-tdkt-" + year + ".xlsx", Downloads.XLSX)
                .write(out.toByteArray());
    }
}
