package vn.thidua.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.support.Accounts;
import vn.thidua.support.Api;
import vn.thidua.support.Api.Response;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.OnboardingFile;
import vn.thidua.support.Provinces;
import vn.thidua.support.Provinces.Province;

/** A province onboarded from one workbook through POST /api/v1/onboarding: all or nothing, twice without duplicates. */
@IntegrationTest
class OnboardingApiIntegrationTest extends ApplicationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private int year;

    @BeforeEach
    void thisYear() {
        year = Year.now(clock).getValue();
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    private Response upload(Api api, byte[] workbook) {
        return api.postFile("/api/v1/onboarding", Map.of(), "tinh.xlsx", workbook);
    }

    private Long authorityId(String code) {
        return jdbc.sql("SELECT id FROM authority WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private record Counts(
            int units, int council, int blocs, int years, int members, int accounts, int leaders, int deputies) {}

    private Counts counts(long authority) {
        return new Counts(
                count("SELECT count(*) FROM unit WHERE authority_id = :a", authority),
                count("SELECT count(*) FROM council_member WHERE authority_id = :a", authority),
                count("SELECT count(*) FROM bloc WHERE authority_id = :a", authority),
                count(
                        "SELECT count(*) FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id WHERE b.authority_id = :a",
                        authority),
                count(
                        "SELECT count(*) FROM bloc_member m JOIN bloc_year y ON y.id = m.bloc_year_id JOIN bloc b ON b.id = y.bloc_id"
                                + " WHERE b.authority_id = :a",
                        authority),
                count("""
                        SELECT count(*) FROM app_user u LEFT JOIN unit un ON un.id = u.unit_id
                        LEFT JOIN council_member cm ON cm.id = u.council_member_id
                        WHERE coalesce(u.authority_id, un.authority_id, cm.authority_id) = :a""", authority),
                count(
                        "SELECT count(leader_unit_id) FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id WHERE b.authority_id = :a",
                        authority),
                count(
                        "SELECT count(deputy_unit_id) FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id WHERE b.authority_id = :a",
                        authority));
    }

    private int count(String sql, long authority) {
        return jdbc.sql(sql).param("a", authority).query(Integer.class).single();
    }

    private byte[] template(Api api) {
        return api.bytes("/api/v1/onboarding/template.xlsx");
    }

    @Test
    void aGeneratedHundredUnitProvinceImportsAndTheSameWorkbookTwiceChangesNothing() {
        Api admin = Api.as(port, "admin");
        Province province = Provinces.generate(template(admin), tag(), 100, year);

        Response first = upload(admin, province.workbook());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode report = first.json();
        assertThat(report.get("applied").asBoolean()).isTrue();
        long authority = authorityId(province.code());
        assertThat(report.get("authorityId").asLong()).isEqualTo(authority);
        Counts created = counts(authority);
        assertThat(created)
                .isEqualTo(new Counts(
                        100,
                        Provinces.COUNCIL,
                        province.blocs(),
                        province.blocs(),
                        province.members(),
                        province.accounts(),
                        province.blocs(),
                        province.clusters()));
        assertThat(report.get("counts").get("CREATED").asInt())
                .isEqualTo(1 + 100 + Provinces.COUNCIL + province.blocs() + province.accounts());
        assertThat(report.get("errors").size()).isZero();
        // every new account has its one-time link, as when created one by one
        long links = report.get("rows")
                .valueStream()
                .filter(r -> r.get("activationLink").isString())
                .count();
        assertThat(links).isEqualTo(province.accounts());
        // the khối's members were named by name and by short name, one per line
        assertThat(count("""
                SELECT count(*) FROM bloc_member m JOIN bloc_year y ON y.id = m.bloc_year_id JOIN bloc b
                    ON b.id = y.bloc_id
                WHERE b.authority_id = :a AND b.kind = 'KHOI'""", authority)).isEqualTo(20);

        Response second = upload(admin, province.workbook());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        JsonNode again = second.json();
        assertThat(again.get("rows")
                        .valueStream()
                        .map(r -> r.get("outcome").asString())
                        .distinct()
                        .toList())
                .containsExactly("UNCHANGED");
        assertThat(again.get("rows").size()).isEqualTo(report.get("rows").size());
        assertThat(counts(authority)).isEqualTo(created);
        assertThat(again.get("rows")
                        .valueStream()
                        .noneMatch(r -> r.get("activationLink").isString()))
                .isTrue();
    }

    @Test
    void aChangedRowUpdatesWhatItNamesAndNothingElse() {
        Api admin = Api.as(port, "admin");
        String tag = tag();
        Province province = Provinces.generate(template(admin), tag, 40, year);
        assertThat(upload(admin, province.workbook()).status()).isEqualTo(200);
        long authority = authorityId(province.code());
        Counts before = counts(authority);

        // cluster 1 (row 2 of its sheet) gets a new leader; unit 5 (row 6) a new e-mail; one officer (row 2) a new name
        OnboardingFile changed = OnboardingFile.fill(province.workbook())
                .set("Khối, cụm", 2, "Khối trưởng", Provinces.unit(7))
                .set("Đơn vị", 6, "Thư điện tử", "moi@" + province.code() + ".gov.vn")
                .set("Tài khoản", 2, "Họ và tên", "Cán bộ đơn vị một (đổi tên)");
        Response response = upload(admin, changed.bytes());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode rows = response.json().get("rows");
        List<String> updated = new ArrayList<>();
        rows.valueStream()
                .filter(r -> r.get("outcome").asString().equals("UPDATED"))
                .forEach(r -> updated.add(
                        r.get("sheet").asString() + " " + r.get("row").asInt()));
        assertThat(updated).containsExactlyInAnyOrder("Khối, cụm 2", "Đơn vị 6", "Tài khoản 2");
        assertThat(response.json().get("counts").get("UNCHANGED").asInt()).isEqualTo(rows.size() - 3);
        assertThat(counts(authority)).isEqualTo(before);
        assertThat(jdbc.sql("""
                SELECT u.name FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id JOIN unit u ON u.id = y.leader_unit_id
                WHERE b.authority_id = :a AND b.name = 'Cụm thi đua số 1'""").param("a", authority).query(String.class).single())
                .isEqualTo(Provinces.unit(7));
        assertThat(jdbc.sql("SELECT full_name FROM app_user WHERE username = :u")
                        .param("u", tag + ".dv1")
                        .query(String.class)
                        .single())
                .isEqualTo("Cán bộ đơn vị một (đổi tên)");
    }

    @Test
    void wrongRowsOnSeveralSheetsSaveNothingAndAreEachListed() {
        Api admin = Api.as(port, "admin");
        String tag = tag();
        String code = "onb-" + tag;
        byte[] workbook = OnboardingFile.fill(template(admin))
                .row("Cơ quan", "Mã cơ quan", code, "Tên cơ quan", "Tỉnh Lỗi " + tag, "Loại cơ quan", "PROVINCE")
                .row("Đơn vị", "Tên đơn vị", "Sở Một", "Loại đơn vị", "SO")
                .row("Đơn vị", "Tên đơn vị", "Sở Hai", "Loại đơn vị", "Bệnh viện")
                .row("Đơn vị", "Tên đơn vị", "Sở Ba", "Loại đơn vị", "SO", "Thư điện tử", "không-phải-thư")
                .row("Đơn vị", "Tên đơn vị", "Sở Một", "Loại đơn vị", "BAN")
                .row("Hội đồng", "Họ và tên", "Nguyễn Văn Hội", "Chức vụ", "Chủ tịch")
                .row(
                        "Khối, cụm",
                        "Tên khối, cụm",
                        "Cụm Một",
                        "Loại",
                        "CUM",
                        "Năm",
                        String.valueOf(year),
                        "Đơn vị thành viên",
                        "Sở Một; Sở Không Có",
                        "Khối trưởng",
                        "Sở Một")
                .row(
                        "Khối, cụm",
                        "Tên khối, cụm",
                        "Cụm Hai",
                        "Loại",
                        "CUM",
                        "Năm",
                        "năm nay",
                        "Đơn vị thành viên",
                        "Sở Một")
                .row(
                        "Tài khoản",
                        "Tên đăng nhập",
                        "có dấu",
                        "Họ và tên",
                        "Lê Văn Dấu",
                        "Vai trò",
                        "UNIT_OFFICER",
                        "Phạm vi",
                        "Sở Một")
                .row(
                        "Tài khoản",
                        "Tên đăng nhập",
                        tag + ".hd",
                        "Họ và tên",
                        "Nguyễn Văn Hội",
                        "Vai trò",
                        "COUNCIL_MEMBER",
                        "Phạm vi",
                        "Trần Không Có")
                .row(
                        "Tài khoản",
                        "Tên đăng nhập",
                        tag + ".ok",
                        "Họ và tên",
                        "Người đúng",
                        "Vai trò",
                        "UNIT_OFFICER",
                        "Phạm vi",
                        "Sở Một")
                .bytes();

        Response response = upload(admin, workbook);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo("onboarding.notApplied");
        List<String> where = new ArrayList<>();
        problem.get("errors")
                .valueStream()
                .forEach(e -> where.add(e.get("sheet").asString() + "|"
                        + e.get("row").asInt() + "|"
                        + (e.get("column").isNull() ? "" : e.get("column").asString())));
        assertThat(where)
                .contains(
                        "Đơn vị|3|Loại đơn vị",
                        "Đơn vị|4|Thư điện tử",
                        "Đơn vị|5|Tên đơn vị",
                        "Khối, cụm|2|Đơn vị thành viên",
                        "Khối, cụm|3|Năm",
                        "Tài khoản|2|Tên đăng nhập",
                        "Tài khoản|3|Phạm vi");
        assertThat(problem.get("errors")
                        .valueStream()
                        .map(e -> e.get("message").asString())
                        .toList())
                .anyMatch(m -> m.contains("Bệnh viện"))
                .anyMatch(m -> m.contains("Sở Không Có"))
                .anyMatch(m -> m.contains("Trần Không Có"))
                .anyMatch(m -> m.contains("dòng 2"));
        JsonNode report = problem.get("report");
        assertThat(report.get("applied").asBoolean()).isFalse();
        // the right rows say what they would have become
        assertThat(report.get("rows")
                        .valueStream()
                        .filter(r -> r.get("sheet").asString().equals("Hội đồng"))
                        .map(r -> r.get("outcome").asString())
                        .toList())
                .containsExactly("CREATED");
        assertThat(authorityId(code)).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username LIKE :u")
                        .param("u", tag + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aBoardOnboardsItsOwnAuthorityFromTheTemplateButNoOther() throws Exception {
        Api admin = Api.as(port, "admin");
        String tag = tag();
        long authority = admin.post(
                        "/api/v1/authorities",
                        json("code", "onb-" + tag, "name", "Tỉnh Mẫu " + tag, "kind", "PROVINCE"))
                .id();
        String board = "ban." + tag;
        Accounts.createActivated(port, admin, board, "BOARD", "authorityId", authority);
        Api boardApi = Api.as(port, board, Accounts.PASSWORD);

        byte[] template = template(boardApi);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets)
                    .containsSubsequence("Hướng dẫn", "Cơ quan", "Đơn vị", "Hội đồng", "Khối, cụm", "Tài khoản");
            for (ProvinceSheet sheet : ProvinceSheet.values()) {
                Row headings = workbook.getSheet(sheet.title()).getRow(0);
                assertThat(sheet.columns().stream()
                                .map(c -> headings.getCell(c.index()).getStringCellValue())
                                .toList())
                        .isEqualTo(sheet.columns().stream().map(Column::heading).toList());
            }
            Sheet authorityRow = workbook.getSheet("Cơ quan");
            assertThat(authorityRow.getRow(1).getCell(0).getStringCellValue()).isEqualTo("onb-" + tag);
            assertThat(workbook.getSheet("Đơn vị").getLastRowNum()).isZero();
        }
        // the template itself, as downloaded, is a valid workbook with nothing to add
        Response empty = upload(boardApi, template);
        assertThat(empty.status()).as(empty.body()).isEqualTo(200);
        assertThat(empty.json().get("rows").size()).isEqualTo(1);

        byte[] filled = OnboardingFile.fill(template)
                .row("Đơn vị", "Tên đơn vị", "Sở Tài chính", "Tên viết tắt", "STC", "Loại đơn vị", "Sở")
                .row("Đơn vị", "Tên đơn vị", "Sở Nội vụ", "Tên viết tắt", "SNV", "Loại đơn vị", "SO")
                .row("Hội đồng", "Họ và tên", "Nguyễn Văn An", "Chức vụ", "Chủ tịch Hội đồng")
                .row(
                        "Khối, cụm",
                        "Tên khối, cụm",
                        "Cụm Tham mưu",
                        "Loại",
                        "Cụm thi đua",
                        "Năm",
                        String.valueOf(year),
                        "Đơn vị thành viên",
                        "Sở Tài chính; SNV",
                        "Khối trưởng",
                        "Sở Tài chính",
                        "Khối phó",
                        "Sở Nội vụ",
                        "Thành viên Hội đồng theo dõi",
                        "nguyen van an")
                .row(
                        "Tài khoản",
                        "Tên đăng nhập",
                        tag + ".stc",
                        "Họ và tên",
                        "Lê Thị Bình",
                        "Vai trò",
                        "Cán bộ TĐKT đơn vị",
                        "Phạm vi",
                        "sở tài chính")
                .bytes();
        Response done = upload(boardApi, filled);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("counts").get("CREATED").asInt()).isEqualTo(5);
        assertThat(counts(authority)).isEqualTo(new Counts(2, 1, 1, 1, 2, 2, 1, 1));

        // a board may not onboard another authority, nor give the administrator's role
        Response other = upload(
                boardApi,
                Provinces.generate(template(admin), tag + "x", 20, year).workbook());
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("code").asString()).isEqualTo("onboarding.refused.outsideAuthority");
        Response langSon = upload(
                Api.as(port, "ban.quangnam"),
                OnboardingFile.fill(template(Api.as(port, "ban.quangnam")))
                        .set("Cơ quan", 2, "Mã cơ quan", "lang-son")
                        .set("Cơ quan", 2, "Tên cơ quan", "Tỉnh Lạng Sơn")
                        .bytes());
        assertThat(langSon.status()).isEqualTo(403);
        assertThat(langSon.json().get("code").asString()).isEqualTo("onboarding.refused.outsideAuthority");
        Response admins = upload(
                boardApi,
                OnboardingFile.fill(template)
                        .row("Tài khoản", "Tên đăng nhập", tag + ".qt", "Họ và tên", "Quản trị", "Vai trò", "ADMIN")
                        .bytes());
        assertThat(admins.status()).isEqualTo(400);
        assertThat(admins.json().get("errors").get(0).get("column").asString()).isEqualTo("Vai trò");
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefusedWholeEachFaultWithItsCode() throws Exception {
        Api admin = Api.as(port, "admin");
        byte[] wrong;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row headings = book.createSheet("Cơ quan").createRow(0);
            headings.createCell(0).setCellValue("Mã cơ quan");
            headings.createCell(1).setCellValue("Tên");
            headings.createCell(2).setCellValue("Loại cơ quan");
            book.write(out);
            wrong = out.toByteArray();
        }

        Response response = upload(admin, wrong);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> codes = response.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("code").asString())
                .toList();
        assertThat(codes).containsOnly("onboarding.file.heading", "onboarding.file.sheetMissing");
        assertThat(codes).filteredOn("onboarding.file.sheetMissing"::equals).hasSize(4);
        Response unreadable = upload(admin, "không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("code").asString()).isEqualTo("problem.invalidInput");
        assertThat(unreadable.json().get("errors").get(0).get("field").asString())
                .isEqualTo("file");
    }

    @Test
    void aUnitOfficerMayNotOnboardAtAll() {
        Api officer = Api.as(port, "taichinh.langson");
        Response refused = upload(
                officer,
                Provinces.generate(template(Api.as(port, "admin")), tag(), 20, year)
                        .workbook());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("onboarding.refused.notAllowed");
        Response template = officer.get("/api/v1/onboarding/template.xlsx");
        assertThat(template.status()).isEqualTo(403);
    }

    @Test
    void unitsMovingBetweenTwoBlocsOfTheWorkbookSwapInOneImport() {
        Api admin = Api.as(port, "admin");
        String tag = tag();
        Province province = Provinces.generate(template(admin), tag, 40, year);
        assertThat(upload(admin, province.workbook()).status()).isEqualTo(200);
        long authority = authorityId(province.code());

        // unit 20 (deputy-free member of cluster 1) and unit 40 (of cluster 2) change places
        String cluster1 = String.join(
                "; ",
                IntStream.rangeClosed(1, 20)
                        .mapToObj(u -> Provinces.unit(u == 20 ? 40 : u))
                        .toList());
        String cluster2 = String.join(
                "; ",
                IntStream.rangeClosed(21, 40)
                        .mapToObj(u -> Provinces.unit(u == 40 ? 20 : u))
                        .toList());
        byte[] swapped = OnboardingFile.fill(province.workbook())
                .set("Khối, cụm", 2, "Đơn vị thành viên", cluster1)
                .set("Khối, cụm", 3, "Đơn vị thành viên", cluster2)
                .bytes();
        Response response = upload(admin, swapped);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(jdbc.sql("""
                SELECT b.name FROM bloc_member m JOIN bloc_year y ON y.id = m.bloc_year_id JOIN bloc b
                    ON b.id = y.bloc_id
                JOIN unit u ON u.id = m.unit_id WHERE b.authority_id = :a AND u.name = :u AND b.kind = 'CUM'""")
                        .param("a", authority)
                        .param("u", Provinces.unit(20))
                        .query(String.class)
                        .single())
                .isEqualTo("Cụm thi đua số 2");
        assertThat(counts(authority).members()).isEqualTo(province.members());
    }
}
