package vn.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.awards.RegistrySheets.collective;
import static vn.thidua.awards.RegistrySheets.inPosition;
import static vn.thidua.awards.RegistrySheets.person;
import static vn.thidua.awards.RegistrySheets.unitName;
import static vn.thidua.awards.RegistrySheets.workbook;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.org.SuccessionCommand;
import vn.thidua.org.SuccessionKind;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.rules.SubjectService;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/** Past awards imported all or nothing, found without diacritics, exported, and followed through a unit's renaming. */
@IntegrationTest
class AwardRegistryIntegrationTest extends ApplicationTestBase {

    private static final CurrentUser ADMIN = new CurrentUser(0, "t", "t", Role.ADMIN, null, null, null);

    @Autowired
    UnitService units;

    @Autowired
    SubjectService subjects;

    @Test
    void anImportWithOneWrongRowEntersNothingAndNamesEveryWrongRow() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2023);
        Api board = Api.as(port, bloc.board());
        String unit = unitName(board, bloc.unit(0));
        byte[] bad = workbook(List.of(
                collective(unit, "CO_TINH", "Cờ thi đua của Ủy ban nhân dân tỉnh", "2019", "12/QĐ-UBND", "20/01/2020"),
                inPosition("Chuyên viên", person("Phạm Thị Đào", unit, "CSTD_CS", "2020", "", "15/01/2021")),
                person("Hoàng Văn E", "Sở không có", "LDTT", "20x", "3/QĐ-S", "31/02/2021")));
        Api.Response refused = board.postFile("/api/v1/awards/import", Map.of(), "lich-su.xlsx", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Dòng 3: thiếu số quyết định")
                .contains("Dòng 4, cột Đơn vị")
                .contains("Dòng 4, cột Năm")
                .contains("Dòng 4, cột Ngày quyết định")
                .doesNotContain("Dòng 2");
        assertThat(board.get("/api/v1/awards/units/" + bloc.unit(0)).json().get("awards"))
                .isEmpty();

        byte[] good = workbook(List.of(
                collective(unit, "CO_TINH", "Cờ thi đua của Ủy ban nhân dân tỉnh", "2019", "12/QĐ-UBND", "20/01/2020"),
                inPosition("Chuyên viên", person("Phạm Thị Đào", unit, "CSTD_CS", "2020", "5/QĐ-S", "15/01/2021"))));
        assertThat(board.postFile("/api/v1/awards/import", Map.of(), "lich-su.xlsx", good)
                        .json()
                        .get("imported")
                        .asInt())
                .isEqualTo(2);
        assertThat(board.postFile(
                                "/api/v1/awards/import",
                                Map.of(),
                                "ha.xlsx",
                                workbook(List.of(
                                        person("Nguyễn Thị Hà", unit, "CSTD_CS", "2021", "7/QĐ-S", "15/01/2022"),
                                        person("Nguyễn Thị Hạ", unit, "CSTD_CS", "2021", "7/QĐ-S", "15/01/2022"))))
                        .status())
                .as("Hà and Hạ are two people: one title each that year")
                .isEqualTo(200);
        assertThat(board.get("/api/v1/awards?q=nguyen+thi+ha&year=2021")
                        .json()
                        .valueStream()
                        .map(a -> a.get("subjectId").asLong())
                        .distinct()
                        .count())
                .isEqualTo(2);
        assertThat(WebSession.loggedIn(port, bloc.board())
                        .get("/awards?year=abc")
                        .body())
                .contains("Giá trị &quot;abc&quot; của mục &quot;year&quot; không đúng kiểu");
        assertThat(Api.as(port, "admin")
                        .postFile("/api/v1/awards/import", Map.of(), "lich-su.xlsx", good)
                        .body())
                .contains("tài khoản Ban Thi đua – Khen thưởng");
        JsonNode twice = board.postFile("/api/v1/awards/import", Map.of(), "lich-su.xlsx", good)
                .json();
        assertThat(twice.get("imported").asInt())
                .as("the same sheet again enters nothing more")
                .isZero();
        assertThat(twice.get("skipped").asInt()).isEqualTo(2);
        assertThat(twice.get("rows").get(0).get("message").asString()).isEqualTo("đã có, bỏ qua");
        Api.Response otherDecision = board.postFile(
                "/api/v1/awards/import",
                Map.of(),
                "lich-su.xlsx",
                workbook(List.of(collective(
                        unit, "CO_TINH", "Cờ thi đua của Ủy ban nhân dân tỉnh", "2019", "99/QĐ-UBND", "20/03/2020"))));
        assertThat(otherDecision.status())
                .as("a title is given once a year, whatever the decision")
                .isEqualTo(400);
        assertThat(otherDecision.body())
                .contains("Dòng 2: " + unit + " đã có Cờ thi đua cấp bộ, ban, ngành, tỉnh năm 2019");
        assertThat(board.get("/api/v1/awards?q=pham+thi+dao").json()).hasSize(1);
        assertThat(board.get("/api/v1/awards?q=" + URLEncoder.encode("Phạm Thị Đào", "UTF-8")
                                + "&year=2020&award=CSTD_CS&kind=INDIVIDUAL")
                        .json())
                .hasSize(1);
        assertThat(board.get("/api/v1/awards?q=pham+thi+dao&year=2019").json()).isEmpty();
        assertThat(board.get("/api/v1/awards?q=pham+thi+dao&type=THUONG_XUYEN").json())
                .hasSize(1);
        assertThat(board.get("/api/v1/awards?q=pham+thi+dao&type=CHUYEN_DE").json())
                .isEmpty();
        assertThat(board.get("/api/v1/awards?q=" + URLEncoder.encode(unit, "UTF-8") + "&size=1")
                        .json())
                .as("the page size the search asks for")
                .hasSize(1);
        Api.Response farYear = board.get("/api/v1/awards?year=1800&size=0");
        assertThat(farYear.status()).isEqualTo(400);
        assertThat(farYear.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("code").asString()))
                .containsExactly("registry.search.year.range", "registry.search.size.range");
        assertThat(farYear.body())
                .contains("Năm tìm kiếm phải từ 1945 đến 2100.")
                .contains("Số dòng hiển thị phải từ 1 đến 2000.");
        assertThat(board.get("/api/v1/awards/export.xlsx?size=2001").status())
                .as("the export takes the same search")
                .isEqualTo(400);
        assertThat(WebSession.loggedIn(port, bloc.board())
                        .get("/awards?year=1800&q=pham")
                        .body())
                .as("the page says it beside the form")
                .contains("Năm tìm kiếm phải từ 1945 đến 2100.")
                .contains("id=\"registry-search\"");
        assertThat(Api.as(port, bloc.officer(1))
                        .get("/api/v1/awards/units/" + bloc.unit(0))
                        .status())
                .as("another unit's history is not its officer's")
                .isEqualTo(403);

        byte[] exported = board.bytes("/api/v1/awards/export.xlsx?q=" + URLEncoder.encode(unit, "UTF-8"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên / Tên tập thể");
            assertThat(sheet.getLastRowNum())
                    .as("the unit's flag, and Đào, Hà and Hạ")
                    .isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isNotBlank();
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue())
                    .as("the type in words")
                    .isEqualTo("thường xuyên");
        }
        JsonNode back = board.postFile("/api/v1/awards/import", Map.of(), "xuat.xlsx", exported)
                .json();
        assertThat(back.get("imported").asInt())
                .as("the export goes back in unchanged: nothing new")
                .isZero();
        assertThat(back.get("skipped").asInt()).isEqualTo(4);
    }

    @Test
    void aTitleTwiceInOneSheetIsRefusedAtItsSecondRow() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(1, 2023);
        Api board = Api.as(port, bloc.board());
        String unit = unitName(board, bloc.unit(0));
        Api.Response twice = board.postFile(
                "/api/v1/awards/import",
                Map.of(),
                "lich-su.xlsx",
                workbook(List.of(
                        person("Vũ Thị Hai Lần", unit, "CSTD_CS", "2021", "7/QĐ-S", "15/01/2022"),
                        person("Vũ Thị Hai Lần", unit, "CSTD_CS", "2021", "9/QĐ-S", "20/02/2022"))));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body())
                .contains("Dòng 3: Vũ Thị Hai Lần đã có Chiến sĩ thi đua cơ sở năm 2021")
                .doesNotContain("Dòng 2:");
        assertThat(board.get("/api/v1/awards?q=vu+thi+hai+lan").json())
                .as("nothing of the sheet is entered")
                .isEmpty();
    }

    @Test
    void aRenamedUnitKeepsTheAwardsOfItsFormerName() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(1, 2023);
        Api board = Api.as(port, bloc.board());
        String old = unitName(board, bloc.unit(0));
        board.postFile(
                "/api/v1/awards/import",
                Map.of(),
                "a.xlsx",
                workbook(List.of(collective(old, "TTLDXS", "", "2018", "30/QĐ-UBND", "10/02/2019"))));
        long renamed = units.create(ADMIN, new UnitCommand(bloc.authorityId(), old + " mới", "M", UnitKind.SO))
                .id();
        units.recordSuccession(
                ADMIN,
                bloc.unit(0),
                new SuccessionCommand(renamed, SuccessionKind.RENAMED, LocalDate.of(2024, 1, 1), "Quyết định đổi tên"));
        JsonNode history = board.get("/api/v1/awards/units/" + renamed).json();
        assertThat(history.get("awards")).hasSize(1);
        assertThat(history.get("awards").get(0).get("unitName").asString()).isEqualTo(old);
        assertThat(history.get("successions")).hasSize(1);
        assertThat(subjects.historyOf(null, SubjectKind.COLLECTIVE, renamed, old + " mới", 2019)
                        .records())
                .as("the engine judges the renamed unit on its former name's awards too")
                .anyMatch(r -> r.award() == Award.TTLDXS && r.year() == 2018);
        assertThat(WebSession.loggedIn(port, bloc.board())
                        .get("/awards/units/" + renamed)
                        .body())
                .contains("Tập thể lao động xuất sắc")
                .contains("30/QĐ-UBND");
    }
}
