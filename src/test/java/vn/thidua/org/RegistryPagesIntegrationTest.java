package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.WebSession;
import vn.thidua.support.WebSession.Page;

/** The browser pages: login, CSRF, Vietnamese messages beside the fields, and the scopes of each role. */
@IntegrationTest
class RegistryPagesIntegrationTest extends ApplicationTestBase {

    @Test
    void pagesNeedALogin() {
        Page page = new WebSession(port).get("/blocs");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
        assertThat(new WebSession(port).get("/login").body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
    }

    @Test
    void wrongPasswordShowsAVietnameseMessage() {
        WebSession session = new WebSession(port);
        Page login = session.postForm("/login", Map.of("username", "admin", "password", "sai"));
        assertThat(login.location()).endsWith("/login?error");
        assertThat(session.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void formPostsWithoutCsrfTokenAreRefused() {
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        long quangNam = new Registry(Api.as(port, "admin")).authority("quang-nam");
        Page refused =
                board.postRaw("/units", Map.of("authorityId", quangNam, "name", Registry.unique("Sở"), "kind", "SO"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void blocPageShowsEachYearsLeaderDeputyAndMembers() {
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        long cluster = new Registry(Api.as(port, "admin")).bloc("Cụm các cơ quan Tham mưu tổng hợp");
        String page = board.get("/blocs/" + cluster).body();
        assertThat(page)
                .contains(
                        "Cụm các cơ quan Tham mưu tổng hợp",
                        "Năm <span>2022</span>",
                        "Năm <span>2021</span>",
                        "Sở Kế hoạch và Đầu tư",
                        "Sở Ngoại vụ",
                        "Văn phòng Đoàn ĐBQH&amp;HĐND tỉnh",
                        "Sửa năm");
        assertThat(page.indexOf("Năm <span>2022</span>")).isLessThan(page.indexOf("Năm <span>2021</span>"));
    }

    @Test
    void refusedBlocYearShowsTheMessageBesideTheFieldAndSavesNothing() {
        Registry registry = new Registry(Api.as(port, "admin"));
        long bloc = registry.bloc("Khối thi đua các cơ quan Tham mưu I");
        long tuPhap = registry.unit("quang-nam", "Sở Tư pháp");
        long taiChinh = registry.unit("quang-nam", "Sở Tài chính");
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        board.get("/blocs/" + bloc + "/years/new");

        Page page = board.postForm(
                "/blocs/" + bloc + "/years",
                Map.of("year", "2026", "memberUnitIds", List.of(taiChinh), "leaderUnitId", tuPhap, "deputyUnitId", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("is-invalid")
                .containsPattern(
                        "(?s)id=\"leaderUnitId\".*?invalid-feedback\">Khối trưởng phải là một đơn vị thành viên");
        assertThat(Api.as(port, "admin")
                        .get("/api/v1/blocs/" + bloc + "/years/2026")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void nonNumericInputInAFormIsRefusedInVietnameseAndSavesNothing() {
        Registry registry = new Registry(Api.as(port, "admin"));
        long bloc = registry.bloc("Cụm các cơ quan Tham mưu tổng hợp");
        long taiChinh = registry.unit("lang-son", "Sở Tài chính");
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        board.get("/blocs/" + bloc + "/years/new");
        Page page = board.postForm(
                "/blocs/" + bloc + "/years",
                Map.of(
                        "year",
                        "abc",
                        "flagQuota",
                        "1e1",
                        "memberUnitIds",
                        List.of(taiChinh),
                        "note",
                        "Ghi chú gõ trước khi sai năm"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Cần nhập một số nguyên.")
                .doesNotContain("Failed to convert")
                // a number field shows the form's value, not the text: a browser could not have sent "abc" from it
                .containsPattern("(?s)id=\"year\".*?invalid-feedback\">Cần nhập một số nguyên.")
                .containsPattern("(?s)id=\"flagQuota\".*?invalid-feedback\">Cần nhập một số nguyên.")
                .containsPattern("value=\"" + taiChinh + "\" id=\"m" + taiChinh + "\" checked")
                .contains("trước khi sai năm</textarea>");
        assertThat(Api.as(port, "admin").get("/api/v1/blocs/" + bloc + "/years").json())
                .hasSize(2);
    }

    @Test
    void aDayThatDoesNotExistComesBackBesideTheFieldWithTheRestOfTheSuccessionKept() {
        long tuPhap = new Registry(Api.as(port, "admin")).unit("quang-nam", "Sở Tư pháp");
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        for (String day : List.of("2023-02-31", "31/02/2023")) {
            board.get("/units/" + tuPhap);
            Page page = board.postForm(
                    "/units/" + tuPhap + "/successions",
                    Map.of(
                            "kind",
                            "RENAMED",
                            "successorUnitId",
                            "",
                            "effectiveOn",
                            day,
                            "legalBasis",
                            "Quyết định số 12/QĐ-UBND"));
            assertThat(page.status()).as(day).isEqualTo(200);
            assertThat(page.body())
                    .as(day)
                    .containsPattern("(?s)id=\"effectiveOn\" name=\"effectiveOn\" value=\"" + day
                            + "\".*?invalid-feedback\">Ngày không hợp lệ")
                    .contains("value=\"Quyết định số 12/QĐ-UBND\"")
                    .containsPattern("value=\"RENAMED\" selected")
                    .doesNotContain("Failed to convert");
        }
        assertThat(Api.as(port, "admin")
                        .get("/api/v1/units/" + tuPhap)
                        .json()
                        .path("active")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aRefusedUnitFormKeepsWhatWasTyped() {
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        long quangNam = new Registry(Api.as(port, "admin")).authority("quang-nam");
        board.get("/units/new");
        Page invalid = board.postForm(
                "/units",
                Map.of(
                        "authorityId",
                        quangNam,
                        "name",
                        "",
                        "shortName",
                        "SVHTT",
                        "kind",
                        "SO",
                        "email",
                        "khong-phai-email",
                        "phone",
                        "0235 3812 345"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body())
                .contains("Tên đơn vị không được để trống.", "Địa chỉ thư điện tử không hợp lệ.")
                .contains("value=\"SVHTT\"", "value=\"khong-phai-email\"", "value=\"0235 3812 345\"")
                .containsPattern("value=\"SO\" selected");
    }

    @Test
    void boardAddsAUnitThroughTheForm() {
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        long quangNam = new Registry(Api.as(port, "admin")).authority("quang-nam");
        board.get("/units/new");
        String name = Registry.unique("Sở Văn hóa, Thể thao và Du lịch");
        Page saved = board.postForm(
                "/units",
                Map.of(
                        "authorityId",
                        quangNam,
                        "name",
                        name,
                        "shortName",
                        "SVHTTDL",
                        "kind",
                        "SO",
                        "email",
                        "",
                        "phone",
                        ""));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(board.get(saved.location().replaceFirst("^https?://[^/]+", ""))
                        .body())
                .contains(name, "Đã thêm đơn vị");

        board.get("/units/new");
        Page invalid = board.postForm(
                "/units", Map.of("authorityId", quangNam, "name", "", "kind", "", "email", "khong-phai-email"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body())
                .contains(
                        "Tên đơn vị không được để trống.",
                        "Cần chọn loại đơn vị.",
                        "Địa chỉ thư điện tử không hợp lệ.");
    }

    @Test
    void aBoardRecordsAMergerThroughTheFormWithTheBrowsersDateFormat() {
        Registry registry = new Registry(Api.as(port, "admin"));
        Api board = Api.as(port, "ban.quangnam");
        long quangNam = registry.authority("quang-nam");
        long from = board.post(
                        "/api/v1/units",
                        Api.json("authorityId", quangNam, "name", Registry.unique("Ban Quản lý thử"), "kind", "BAN"))
                .id();
        long into = board.post(
                        "/api/v1/units",
                        Api.json("authorityId", quangNam, "name", Registry.unique("Sở tiếp nhận thử"), "kind", "SO"))
                .id();
        WebSession session = WebSession.loggedIn(port, "ban.quangnam");
        assertThat(session.get("/units/" + from).body())
                .contains("Ghi nhận đơn vị này đổi tên, sáp nhập hoặc chia tách");
        Page saved = session.postForm(
                "/units/" + from + "/successions",
                Map.of(
                        "kind",
                        "MERGED_INTO",
                        "successorUnitId",
                        into,
                        "effectiveOn",
                        "2025-07-01",
                        "legalBasis",
                        "Quyết định thử"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(session.get("/units/" + into).body()).contains("01/07/2025", "Sáp nhập vào");
    }

    @Test
    void unitOfficerGets403OnAnotherUnitsEditPage() {
        Registry registry = new Registry(Api.as(port, "admin"));
        WebSession officer = WebSession.loggedIn(port, "tuphap.quangnam");
        long own = registry.unit("quang-nam", "Sở Tư pháp");
        long other = registry.unit("quang-nam", "Sở Tài chính");
        assertThat(officer.get("/units/" + own + "/edit").status()).isEqualTo(200);
        Page forbidden = officer.get("/units/" + other + "/edit");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Không có quyền truy cập").doesNotContain("Exception");
        officer.get("/units/" + own);
        assertThat(officer.postForm("/units/" + other, Map.of("name", "X", "kind", "SO"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theListsDownloadAsExcelWithVietnameseHeaders() throws Exception {
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        assertThat(board.get("/units").body()).contains("/units/export.xlsx");
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(board.download("/units/export.xlsx?q=so%20tu%20phap")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên đơn vị");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Cơ quan");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue() + " – "
                        + sheet.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(names)
                    .contains("Sở Tư pháp – Tỉnh Quảng Nam", "Sở Tư pháp – Tỉnh Lạng Sơn")
                    .allSatisfy(n -> assertThat(n).startsWith("Sở Tư pháp"));
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(board.download("/blocs/export.xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Loại");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void unknownPagesGiveAVietnameseNotFound() {
        WebSession board = WebSession.loggedIn(port, "ban.quangnam");
        Page page = board.get("/blocs/987654");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy khối thi đua có mã số 987654.");
    }

    @Test
    void searchFindsUnitsAndBlocsWithoutDiacritics() {
        WebSession council = WebSession.loggedIn(port, "hoidong.kimdung");
        String page = council.get("/search?q=HOI%20LUAT%20GIA").body();
        assertThat(page).contains("Hội Luật gia tỉnh");
        assertThat(council.get("/").body())
                .contains("Các khối tôi theo dõi", "Khối thi đua các tổ chức Hội đặc thù")
                .doesNotContain("Cụm các cơ quan Tham mưu tổng hợp");
    }
}
