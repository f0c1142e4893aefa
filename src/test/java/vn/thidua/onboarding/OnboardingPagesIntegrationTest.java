package vn.thidua.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.OnboardingFile;
import vn.thidua.support.Provinces;
import vn.thidua.support.WebSession;
import vn.thidua.support.WebSession.Page;

/**
 * The onboarding page: reached from the menu, the upload runs on its own thread and the page follows it to its report.
 */
@IntegrationTest
class OnboardingPagesIntegrationTest extends ApplicationTestBase {

    @Autowired
    Clock clock;

    private static Page finished(WebSession session, String path) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            Page page = session.get(path);
            if (page.body().contains("id=\"onboarding-report\"")) {
                return page;
            }
            assertThat(page.body()).contains("Đang nhập", "progress-bar");
            Thread.sleep(250);
        }
        throw new AssertionError("the import did not finish: " + path);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorOnboardsAProvinceFromThePageAndFollowsItsProgress() throws InterruptedException {
        WebSession admin = WebSession.loggedIn(port, "admin");
        Page home = admin.get("/");
        assertThat(home.body()).contains("id=\"nav-onboarding\"");
        Page form = admin.get("/onboarding");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Tải tệp mẫu", "không lưu gì");

        String tag = Long.toString(System.nanoTime(), 36);
        byte[] workbook = Provinces.generate(
                        admin.download("/onboarding/template.xlsx"),
                        tag,
                        20,
                        Year.now(clock).getValue())
                .workbook();
        Page started = admin.postFile("/onboarding", Map.of(), "file", "tinh.xlsx", workbook);
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).contains("/onboarding/runs/");

        Page report = finished(admin, started.location());
        assertThat(report.body())
                .contains("Đã nhập dữ liệu của Tỉnh Nhập thử " + tag, "Liên kết kích hoạt", "all-links");
        assertThat(report.body()).containsPattern("\\d+ dòng tạo mới");

        // the run is a job in the database: read again (on any instance) it has its report, its links only once
        Page again = admin.get(started.location());
        assertThat(again.body())
                .contains("Đã nhập dữ liệu của Tỉnh Nhập thử " + tag)
                .doesNotContain("/activate/");
        assertThat(report.body()).contains("/activate/");
        assertThat(jdbc.sql("SELECT count(*) FROM onboarding_import WHERE links IS NOT NULL OR workbook IS NOT NULL")
                        .query(Long.class)
                        .single())
                .as("no link nor file kept once read")
                .isZero();

        // nobody else reads the run
        assertThat(WebSession.loggedIn(port, "ban.langson")
                        .get(started.location())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aWrongWorkbookIsReportedRowByRowOnThePage() throws InterruptedException {
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        board.get("/onboarding");
        byte[] wrong = OnboardingFile.fill(board.download("/onboarding/template.xlsx"))
                .row("Đơn vị", "Tên đơn vị", "Sở Thử Trang", "Loại đơn vị", "Không có loại này")
                .bytes();
        Page started = board.postFile("/onboarding", Map.of(), "file", "tinh.xlsx", wrong);
        Page report = finished(board, started.location());
        assertThat(report.body()).contains("Chưa lưu gì: 1 lỗi", "Không có loại này", "Loại đơn vị");

        board.get("/onboarding");
        Page notAWorkbook = board.postFile("/onboarding", Map.of(), "file", "tinh.xlsx", "không phải Excel".getBytes());
        assertThat(finished(board, notAWorkbook.location()).body()).contains("không đọc được như một bảng tính Excel");
    }

    @Test
    void aUnitOfficerHasNoOnboardingPage() {
        WebSession officer = WebSession.loggedIn(port, "taichinh.langson");
        assertThat(officer.get("/").body()).doesNotContain("nav-onboarding");
        assertThat(officer.get("/onboarding").status()).isEqualTo(403);
        assertThat(officer.get("/onboarding/template.xlsx").status()).isEqualTo(403);
    }
}
