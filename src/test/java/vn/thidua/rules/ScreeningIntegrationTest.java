package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.WebSession;
import vn.thidua.support.WebSession.Page;

/** Batch screening from the pages: a unit's stored staff, and an uploaded workbook (all or nothing). */
@IntegrationTest
class ScreeningIntegrationTest extends ApplicationTestBase {

    @Autowired
    Clock clock;

    private String waitUntilDone(WebSession session, String location) throws InterruptedException {
        String path = location.replaceFirst("^https?://[^/]+", "");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String page = session.get(path).body();
            if (!page.contains("Đang rà soát")) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("screening did not finish: " + path);
    }

    @Test
    void screensTheStoredStaffOfAUnitAndDownloadsTheResults() throws Exception {
        long unit = new Registry(Api.as(port, "admin")).unit("quang-nam", "Sở Tư pháp");
        WebSession officer = WebSession.loggedIn(port, "tuphap.quangnam");
        officer.get("/rules/screenings/new?unitId=" + unit);
        Page started = officer.postForm("/rules/screenings", Map.of("unitId", unit, "year", 2025));
        assertThat(started.status()).isEqualTo(302);
        String page = waitUntilDone(officer, started.location());
        assertThat(page)
                .contains("Nguyễn Văn An (dữ liệu mẫu)", "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "Đủ điều kiện");
        // four months' work: no Lao động tiên tiến row for Lê Văn Cường, only rows that may be eligible
        assertThat(page.split("<tr>"))
                .filteredOn(row -> row.contains("Lê Văn Cường"))
                .noneMatch(row -> row.contains("Lao động tiên tiến"))
                .anyMatch(row -> row.contains("Giấy khen"));

        String results = started.location().replaceFirst("^https?://[^/]+", "") + "/results.xlsx";
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(officer.download(results)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên (tên tập thể)");
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0
                        && row.getCell(1).getStringCellValue().equals("Nguyễn Văn An (dữ liệu mẫu)")
                        && row.getCell(2).getStringCellValue().equals("CSTD_TINH")) {
                    found = true;
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Đủ điều kiện");
                    assertThat(row.getCell(5).getStringCellValue()).contains("Luật Thi đua, khen thưởng 2022");
                }
            }
            assertThat(found).isTrue();
        }
        assertThat(WebSession.loggedIn(port, "ban.langson")
                        .get(started.location().replaceFirst("^https?://[^/]+", ""))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aWorkbookWithOneWrongCellIsRefusedWholeWithEveryErrorByRow() throws Exception {
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        byte[] template = board.download("/rules/screenings/template.xlsx?year=2025");
        byte[] broken;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(1).getCell(9).setCellValue("2023 CSTD_XX");
            sheet.getRow(2).createCell(13).setCellValue("mười");
            workbook.write(out);
            broken = out.toByteArray();
        }
        board.get("/rules/screenings/new");
        Page refused = board.postFile("/rules/screenings/upload", Map.of("year", "2025"), "file", "ds.xlsx", broken);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "Chưa rà soát; không có dữ liệu nào được xử lý",
                        "Dòng 2: Mã danh hiệu, hình thức khen thưởng &quot;CSTD_XX&quot;",
                        "Dòng 3, cột Số LĐTT");

        board.get("/rules/screenings/new");
        Page accepted = board.postFile("/rules/screenings/upload", Map.of("year", "2025"), "file", "ds.xlsx", template);
        assertThat(accepted.status()).isEqualTo(302);
        String page = waitUntilDone(board, accepted.location());
        assertThat(page).contains("Nguyễn Văn A", "Phòng Tổng hợp", "Tập thể lao động xuất sắc");
    }

    @Test
    void aPersonsPageShowsEveryAwardWithItsReasons() {
        WebSession officer = WebSession.loggedIn(port, "tuphap.quangnam");
        long unit = new Registry(Api.as(port, "admin")).unit("quang-nam", "Sở Tư pháp");
        String list = officer.get("/rules/units/" + unit + "/subjects").body();
        assertThat(list).contains("Trần Thị Bình (dữ liệu mẫu)");
        String href = list.replaceAll("(?s).*href=\"(/rules/subjects/\\d+)\">Trần Thị Bình.*", "$1");
        String page = officer.get(href + "?year=2025").body();
        assertThat(page)
                .contains(
                        "Điều kiện khen thưởng năm <span>2025</span>",
                        "Bằng khen cấp bộ, ban, ngành, tỉnh",
                        "Nghị định 152/2025/NĐ-CP",
                        "Đủ điều kiện");
        assertThat(WebSession.loggedIn(port, "hoidong.kimdung").get(href).status())
                .isEqualTo(403);
    }

    @Test
    void parametersShowTheirBasisAndAnEditIsAudited() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        String list = admin.get("/rules/parameters").body();
        assertThat(list)
                .contains(
                        "Tỷ lệ tối đa Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến",
                        "Nghị định 91/2017/NĐ-CP, khoản 3 Điều 9",
                        "cần kiểm tra");
        String href = list.replaceAll(
                "(?s).*href=\"(/rules/parameters/\\d+)\">Tỷ lệ phiếu đồng ý của Hội đồng cho các hình thức khác.*",
                "$1");
        admin.get(href);
        Page noReason = admin.postForm(href, Map.of("value", "0.5", "reason", ""));
        assertThat(noReason.body()).contains("Cần ghi lý do thay đổi");
        admin.get(href);
        Page notANumber =
                admin.postForm(href, Map.of("value", "abc", "note", "Theo quy chế mới", "reason", "Đối chiếu quy chế"));
        assertThat(notANumber.status()).isEqualTo(200);
        assertThat(notANumber.body())
                .containsPattern("(?s)id=\"value\" name=\"value\" value=\"abc\".*?invalid-feedback\">Cần nhập một số")
                .contains("value=\"Theo quy chế mới\"", "value=\"Đối chiếu quy chế\"")
                .doesNotContain("Failed to convert");
        admin.get(href);
        Page saved = admin.postForm(
                href, Map.of("value", "0.5", "verified", "true", "reason", "Đối chiếu quy chế Hội đồng"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get(href).body())
                .contains("Đối chiếu quy chế Hội đồng", "admin", "đã xác minh")
                .as("a value as an officer writes it, not 0.5000")
                .contains(">0,5</dd>");
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        board.get(href);
        assertThat(board.postForm(href, Map.of("value", "0.9", "reason", "thử")).status())
                .isEqualTo(403);
        String regional = board.get("/rules/parameters/new").body();
        assertThat(regional)
                .as("a date input takes yyyy-MM-dd")
                .contains("value=\"" + Year.now(clock).getValue() + "-01-01\"")
                .contains("Số Cờ thi đua mỗi khối được đề nghị")
                .doesNotContain("Tiêu chuẩn Lao động tiên tiến");
    }

    @Test
    void aCandidateListShowsEachAnswerBesideItsCandidateAndTheQuotaOfTheWholeList() {
        long unit = new Registry(Api.as(port, "admin")).unit("quang-nam", "Sở Tư pháp");
        WebSession officer = WebSession.loggedIn(port, "tuphap.quangnam");
        String list = officer.get("/rules/units/" + unit + "/subjects").body();
        String an = list.replaceAll("(?s).*href=\"/rules/subjects/(\\d+)\">Nguyễn Văn An.*", "$1");
        String binh = list.replaceAll("(?s).*href=\"/rules/subjects/(\\d+)\">Trần Thị Bình.*", "$1");
        String page = officer.get("/rules/units/" + unit + "/candidates?year=2025&award_" + an + "=CSTD_TINH&award_"
                        + binh + "=CSTD_CS")
                .body();
        assertThat(page)
                .contains(
                        "Kiểm tra danh sách đề nghị khen thưởng năm <span>2025</span>",
                        "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
                        "Đủ điều kiện",
                        "Số Chiến sĩ thi đua cơ sở không vượt tỷ lệ so với số Lao động tiên tiến",
                        "Nghị định 152/2025/NĐ-CP",
                        "không giới hạn",
                        "Luật Thi đua, khen thưởng 2022 và các nghị định hướng dẫn không quy định tỷ lệ này");
        // before 2024 the 15% of Nghị định 91/2017 was the law
        String old = officer.get("/rules/units/" + unit + "/candidates?year=2022&award_" + binh + "=CSTD_CS")
                .body();
        assertThat(old).contains("tối đa <span>0</span>", "Nghị định 91/2017/NĐ-CP, khoản 3 Điều 9", "alert-danger");
        assertThat(WebSession.loggedIn(port, "ban.langson")
                        .get("/rules/units/" + unit + "/candidates")
                        .status())
                .isEqualTo(403);
        // a year or a day out of range is answered for last year, or the usual review, with a word: never an error page
        assertThat(officer.get("/rules/units/" + unit + "/candidates?year=2147483647")
                        .status())
                .isEqualTo(200);
        assertThat(officer.get("/rules/subjects/" + an + "?year=2147483647").status())
                .isEqualTo(200);
        String far = officer.get("/rules/subjects/" + an + "?year=2024&consideredOn=2999-01-01")
                .body();
        assertThat(far).contains("considered-on-refused", "xét ngày <span>01/01/2025</span>");
    }
}
