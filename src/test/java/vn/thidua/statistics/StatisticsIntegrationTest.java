package vn.thidua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.awards.NewAward;
import vn.thidua.movements.MovementRequest;
import vn.thidua.movements.MovementService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalJourney;
import vn.thidua.support.RegistryAwards;
import vn.thidua.support.WebSession;

/**
 * Issue 21, statistics: a province's awards of the year and its movements launched in the year, entered here, fill the
 * forms 0601.N–0603.N; every total the workbook and the page print equals the count this test makes with its own SQL
 * over the registry and the movements; the workbook opens with POI with its headings, rows and signature block; each
 * count opens the records behind it; another province's board and a unit are refused.
 */
@IntegrationTest
class StatisticsIntegrationTest extends ApplicationTestBase {

    @Autowired
    AwardRegistry registry;

    @Autowired
    MovementService movements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theFormsCountWhatTheRegistryAndTheMovementsHoldAndOpenTheirRecords() throws Exception {
        int year = LocalDate.now(clock).getYear();
        BlocFixture.Bloc bloc = fixture.create(3, year);
        BlocFixture.Bloc other = fixture.create(2, year);
        registry.record(List.of(
                collective(bloc.unit(0), Award.BK_TINH, CommendationType.THUONG_XUYEN, year, "1"),
                person("Nguyễn Văn An", bloc.unit(0), Award.BK_TINH, CommendationType.THUONG_XUYEN, year, "1"),
                person("Trần Thị Bình", bloc.unit(1), Award.BK_TINH, CommendationType.DOT_XUAT, year, "2"),
                person("Lê Văn Cường", bloc.unit(1), Award.CSTD_TINH, CommendationType.THUONG_XUYEN, year, "3"),
                collective(bloc.unit(2), Award.CO_TINH, CommendationType.THUONG_XUYEN, year, "3"),
                person("Phạm Thị Dung", bloc.unit(2), Award.BK_TTG, CommendationType.CHUYEN_DE, year, "4"),
                collective(bloc.unit(1), Award.HCLD_3, CommendationType.CONG_HIEN, year, "5"),
                person("Hoàng Văn Em", bloc.unit(0), Award.LDTT, CommendationType.THUONG_XUYEN, year, "6"),
                person("Vũ Thị Phương", bloc.unit(0), Award.BK_TINH, CommendationType.THUONG_XUYEN, year - 1, "7"),
                person("Đỗ Văn Giang", other.unit(0), Award.BK_TINH, CommendationType.THUONG_XUYEN, year, "8")));
        CurrentUser board = new CurrentUser(0, bloc.board(), "Ban", Role.BOARD, bloc.authorityId(), null, null);
        long themed =
                movement(board, "Thi đua chuyển đổi số", "CHUYEN_DE", "AUTHORITY", year + "-03-01", year + "-08-31");
        long regular =
                movement(board, "Thi đua khối tổng hợp", "THUONG_XUYEN", "BLOC", year + "-01-01", year + "-12-31");
        movements.launch(board, themed, 0L);
        movements.launch(board, regular, 0L);
        movement(board, "Chưa phát động", "CHUYEN_DE", "UNIT", year + "-05-01", (year + 2) + "-04-30");
        new ProposalJourney(port, bloc).submittedUnitProposal(1);
        int proposedCollectives = jdbc.sql("""
                        SELECT count(*) FROM proposal_candidate c JOIN proposal p ON p.id = c.proposal_id
                        WHERE p.authority_id = :a AND p.year = :y AND p.status <> 'DRAFT'
                          AND c.award = 'BK_TINH' AND c.kind = 'COLLECTIVE'""")
                .param("a", bloc.authorityId())
                .param("y", year)
                .query(Integer.class)
                .single();
        assertThat(proposedCollectives).isEqualTo(1);

        // the counts, made here from the tables themselves
        int authorityAwards = awards(bloc, year, "'BK_TINH','CSTD_TINH','CO_TINH'", "");
        int authorityPeople = awards(bloc, year, "'BK_TINH','CSTD_TINH','CO_TINH'", "AND s.kind = 'INDIVIDUAL'");
        int bangKhenPeople = awards(bloc, year, "'BK_TINH'", "AND s.kind = 'INDIVIDUAL'");
        int regularAwards =
                awards(bloc, year, "'BK_TINH','CSTD_TINH','CO_TINH'", "AND r.commendation_type = 'THUONG_XUYEN'");
        int stateAwards = awards(bloc, year, "'HCLD_1','HCLD_2','HCLD_3','CO_CP','BK_TTG','CSTD_TQ'", "");
        int launched = jdbc.sql("""
                        SELECT count(*) FROM movement WHERE authority_id = :a AND status <> 'DRAFT'
                          AND extract(year FROM launched_on) = :y""")
                .param("a", bloc.authorityId())
                .param("y", year)
                .query(Integer.class)
                .single();
        // ...which are the fixture's, so that a query that counts nothing cannot agree with a form that counts nothing
        assertThat(List.of(authorityAwards, authorityPeople, bangKhenPeople, regularAwards, stateAwards, launched))
                .containsExactly(5, 3, 2, 4, 2, 2);

        Api api = Api.as(port, bloc.board());
        byte[] file = api.bytes("/api/v1/statistics/" + year + ".xlsx?authority=" + bloc.authorityId());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            Sheet annex = book.getSheet("Phụ lục");
            // the annex has no unit column: Bằng khen cấp tỉnh (row 10) proposed for collectives is D, awarded F
            assertThat(text(annex))
                    .contains("SỐ ĐỀ NGHỊ VÀ SỐ ĐƯỢC KHEN THƯỞNG")
                    .contains("Số được khen thưởng");
            assertThat(count(annex, "10", 3)).isEqualTo(proposedCollectives);
            assertThat(count(annex, "10", 5)).as("no decision yet").isZero();
            Sheet f0601 = book.getSheet("0601.N");
            Sheet f0602 = book.getSheet("0602.N");
            Sheet f0603 = book.getSheet("0603.N");
            assertThat(book.getSheet("0604.N")).isNotNull();
            assertThat(book.getSheet("0605.N")).isNotNull();
            String all = text(f0603);
            assertThat(all)
                    .contains("Biểu số: 0603.N/BNV-TĐKT")
                    .contains("Thông tư số 02/2023/TT-BNV")
                    .contains("Đơn vị báo cáo: " + name(bloc.authorityId()))
                    .contains("Đơn vị nhận báo cáo: Bộ Nội vụ")
                    .contains("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH")
                    .contains("Năm " + year)
                    .contains("Mã số")
                    .contains("Đơn vị tính")
                    .contains("Bằng khen")
                    .contains("Chiến sĩ thi đua cấp bộ, cấp tỉnh")
                    .contains("1. Chia theo đối tượng khen thưởng")
                    .contains("NGƯỜI LẬP BIỂU")
                    .contains("THỦ TRƯỞNG ĐƠN VỊ")
                    .contains("(Ký, đóng dấu, họ tên)");
            // 0603: total column is D (A label, B code, C unit); Bằng khen is E
            assertThat(count(f0603, "01", 3)).isEqualTo(authorityAwards);
            assertThat(count(f0603, "05", 3)).isEqualTo(authorityPeople);
            assertThat(count(f0603, "05", 4)).isEqualTo(bangKhenPeople);
            assertThat(count(f0603, "11", 3)).isEqualTo(regularAwards);
            assertThat(cell(f0603, "03", 3))
                    .as("enterprises are not kept: left to fill")
                    .isNull();
            assertThat(count(f0602, "1", 3)).isEqualTo(stateAwards);
            assertThat(count(f0602, "3", 3))
                    .as("a province submits to the Prime Minister")
                    .isEqualTo(stateAwards);
            // 0601 has no unit column: its total is C
            assertThat(text(f0601)).contains("Đơn vị tính: Phong trào").contains("Thi đua theo chuyên đề");
            assertThat(count(f0601, "01", 2)).isEqualTo(launched);
            assertThat(count(f0601, "01", 3)).as("none launched by the centre").isZero();
            assertThat(count(f0601, "11", 2)).isEqualTo(1);
            assertThat(count(f0601, "04", 2)).isEqualTo(1);
            assertThat(count(f0601, "06", 2)).as("six months").isEqualTo(1);
            assertThat(count(f0601, "07", 2)).as("a calendar year").isEqualTo(1);
        }

        // the page: each number opens the records behind it
        WebSession page = WebSession.loggedIn(port, bloc.board());
        String body = page.get("/statistics?year=" + year).body();
        assertThat(body).contains("Biểu số 0603.N/BNV-TĐKT").contains("id=\"statistics-download\"");
        // form 2 (0603), row 5 (Cá nhân), column 1 (Bằng khen)
        assertThat(body).containsPattern("id=\"cell-2-5-1\"[^>]*>" + bangKhenPeople + "<");
        String people = page.get(
                        "/statistics/cell?year=" + year + "&authority=" + bloc.authorityId() + "&form=2&row=5&col=1")
                .body();
        assertThat(people)
                .contains("Nguyễn Văn An")
                .contains("Trần Thị Bình")
                .doesNotContain("Lê Văn Cường")
                .doesNotContain("Vũ Thị Phương")
                .doesNotContain("Đỗ Văn Giang");
        String themedCell = page.get(
                        "/statistics/cell?year=" + year + "&authority=" + bloc.authorityId() + "&form=0&row=13&col=0")
                .body();
        assertThat(themedCell).contains("Thi đua chuyển đổi số").doesNotContain("Chưa phát động</a>");
        // the annex (form 5), Bằng khen cấp tỉnh (row 9), proposed for collectives (column 1): the proposal
        assertThat(page.get("/statistics/cell?year=" + year + "&authority=" + bloc.authorityId()
                                + "&form=5&row=9&col=1")
                        .body())
                .contains("Đề nghị khen thưởng năm " + year)
                .contains("Chưa có quyết định khen thưởng");
        assertThat(page.get("/statistics/cell?year=" + year + "&authority=" + bloc.authorityId()
                                + "&form=2&row=3&col=0")
                        .status())
                .as("a cell not kept has no records")
                .isEqualTo(404);

        // scope: another province's board, a unit of this one; the administrator reads it
        Api stranger = Api.as(port, other.board());
        assertThat(stranger.get("/api/v1/statistics/" + year + ".xlsx?authority=" + bloc.authorityId())
                        .expect(403)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("statistics.refused");
        assertThat(WebSession.loggedIn(port, other.board())
                        .get("/statistics?authority=" + bloc.authorityId())
                        .status())
                .isEqualTo(403);
        Api.as(port, bloc.officer(0))
                .get("/api/v1/statistics/" + year + ".xlsx?authority=" + bloc.authorityId())
                .expect(403);
        Api.as(port, bloc.board())
                .get("/api/v1/statistics/1800.xlsx?authority=" + bloc.authorityId())
                .expect(400);
        assertThat(Api.as(port, "admin")
                        .bytes("/api/v1/statistics/" + year + ".xlsx?authority=" + bloc.authorityId())
                        .length)
                .isPositive();
    }

    private long movement(CurrentUser board, String name, String kind, String scope, String from, String to) {
        return movements
                .create(
                        board,
                        new MovementRequest(
                                name,
                                kind,
                                scope,
                                "AUTHORITY",
                                "12/KH-UBND",
                                from,
                                "Chủ tịch UBND tỉnh",
                                from,
                                from,
                                to,
                                "",
                                "",
                                "",
                                "",
                                "",
                                0L))
                .id();
    }

    private int awards(BlocFixture.Bloc bloc, int year, String awards, String and) {
        return jdbc.sql("SELECT count(*) FROM subject_record r JOIN subject s ON s.id = r.subject_id"
                        + " JOIN unit u ON u.id = s.unit_id WHERE u.authority_id = :a AND r.year = :y AND r.award IN ("
                        + awards + ") " + and)
                .param("a", bloc.authorityId())
                .param("y", year)
                .query(Integer.class)
                .single();
    }

    private String name(long authority) {
        return jdbc.sql("SELECT name FROM authority WHERE id = :a")
                .param("a", authority)
                .query(String.class)
                .single();
    }

    private static Cell cell(Sheet sheet, String code, int column) {
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(code)) {
                Cell value = row.getCell(column);
                return value == null || value.getCellType() == CellType.BLANK ? null : value;
            }
        }
        throw new AssertionError("no row " + code + " in " + sheet.getSheetName());
    }

    private static int count(Sheet sheet, String code, int column) {
        Cell c = cell(sheet, code, column);
        assertThat(c).as("row " + code + " column " + column).isNotNull();
        return (int) c.getNumericCellValue();
    }

    private static String text(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(c -> texts.add(format.formatCellValue(c))));
        return String.join("\n", texts);
    }

    private static NewAward collective(long unit, Award award, CommendationType type, int year, String decision) {
        return award(SubjectKind.COLLECTIVE, unit, "Tập thể " + unit, award, type, year, decision);
    }

    private static NewAward person(String name, long unit, Award award, CommendationType type, int year, String no) {
        return award(SubjectKind.INDIVIDUAL, unit, name, award, type, year, no);
    }

    private static NewAward award(
            SubjectKind kind, long unit, String name, Award award, CommendationType type, int year, String decision) {
        return RegistryAwards.of(kind, unit, name, award, type, year, decision + "/QĐ-UBND", LocalDate.of(year, 12, 1));
    }
}
