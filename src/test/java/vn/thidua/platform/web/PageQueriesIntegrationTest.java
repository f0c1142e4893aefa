package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.Accounts;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;
import vn.thidua.support.Provinces;
import vn.thidua.support.QueryCounter;
import vn.thidua.support.WebSession;

/**
 * The SQL statements one request for a page sends (session, security, the page's own reads), counted at the
 * data source: each page the browser tests visit stays under a small fixed number, and the same for a
 * province five times larger (units, blocs, accounts, council), so that no page queries once per row.
 */
@IntegrationTest
class PageQueriesIntegrationTest extends ApplicationTestBase {

    /**
     * At most this many statements for any page; the counts seen when this was written are in bench/README.md (20
     * until the session's access time was written once a minute and its read back after the save went, December 2026).
     */
    static final int MOST = 18;

    /**
     * The workspace of a scored year: the session, its standing (3), cycle (3), where its round stands (1), sheets and
     * objections (2), and the tables it may still apply (2). 17 while it read the round's criteria and bands, and
     * each applicable table whole, to show none of them (issue 20).
     */
    static final int WORKSPACE = 12;

    /** The dashboard's statements for each bloc shown (its year's progress); bench/README.md says so. */
    static final int PER_DASHBOARD_ROW = 9;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private static int serial;

    @Test
    void everyVisitedPageSendsAFewStatementsWhateverTheProvincesSize() {
        Map<String, Integer> small = countsFor(20);
        Map<String, Integer> large = countsFor(100);
        System.out.println("statements per page, 20-unit province: " + small);
        System.out.println("statements per page, 100-unit province: " + large);
        // the dashboard reads each bloc's progress, a row per bloc of the year: the one page left that grows
        int smallRows = new Provinces.Province("", "", 20, 0, null).blocs();
        int largeRows = new Provinces.Province("", "", 100, 0, null).blocs();
        int perRow = (large.remove("/dashboard") - small.remove("/dashboard")) / (largeRows - smallRows);
        assertThat(perRow).as("statements per bloc row of the dashboard").isLessThanOrEqualTo(PER_DASHBOARD_ROW);
        assertThat(large).isEqualTo(small);
        assertThat(small.values()).allSatisfy(n -> assertThat(n).isBetween(1, MOST));
    }

    @Test
    void theDemoBoardsPagesOnAScoredYearStayUnderTheLimitToo() {
        // a scored year with objections and proposals: the demo's Lạng Sơn cluster of 2022
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        long year = jdbc.sql("""
                        SELECT y.id FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id JOIN authority a
                            ON a.id = b.authority_id
                        WHERE a.name = 'Tỉnh Lạng Sơn' AND y.year = 2022 ORDER BY y.id LIMIT 1""").query(Long.class).single();
        Map<String, Integer> counts = counts(board, year, true);
        // a dossier's PDF and its signatures, verified on demand: a unit's officer drafts, uploads and looks
        Api officer = Api.as(port, "taichinh.langson");
        long unit = jdbc.sql("SELECT unit_id FROM app_user WHERE username = 'taichinh.langson'")
                .query(Long.class)
                .single();
        long proposal = officer.post(
                        "/api/v1/proposals",
                        Api.json(
                                "blocYearId",
                                year,
                                "level",
                                "UNIT",
                                "proposerUnitId",
                                unit,
                                "title",
                                "Đề nghị đếm truy vấn",
                                "commendationType",
                                "THUONG_XUYEN"))
                .expect(200, 201)
                .id();
        long version = officer.get("/api/v1/proposals/" + proposal)
                .json()
                .get("version")
                .asLong();
        long file = officer.postFile(
                        "/api/v1/proposals/" + proposal + "/files",
                        Map.of("version", String.valueOf(version)),
                        "bien-ban.pdf",
                        Pdfs.onePage())
                .expect(200)
                .json()
                .get("files")
                .get(0)
                .get("id")
                .asLong();
        WebSession unitOfficer = WebSession.loggedIn(port, "taichinh.langson");
        String signatures = "/proposals/" + proposal + "/files/" + file + "/signatures";
        unitOfficer.get(signatures);
        String key = "page-" + (++serial) + signatures;
        assertThat(unitOfficer.get(signatures, QueryCounter.HEADER, key).status())
                .isEqualTo(200);
        counts.put("/proposals/{id}/files/{id}/signatures", QueryCounter.count(key));
        System.out.println("statements per page, ban.langson, bloc year " + year + ": " + counts);
        counts.remove("/dashboard");
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(1, MOST));
        assertThat(counts.get("/bloc-years/{id}")).as("the workspace").isLessThanOrEqualTo(WORKSPACE);
    }

    private Map<String, Integer> countsFor(int units) {
        Api admin = Api.as(port, "admin");
        String tag = "pq" + Long.toString(System.nanoTime(), 36) + units;
        int year = Year.now(clock).getValue();
        Provinces.Province province =
                Provinces.generate(admin.bytes("/api/v1/onboarding/template.xlsx"), tag, units, year);
        Api.Response imported = admin.postFile("/api/v1/onboarding", Map.of(), "tinh.xlsx", province.workbook());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long authority = jdbc.sql("SELECT id FROM authority WHERE code = :c")
                .param("c", province.code())
                .query(Long.class)
                .single();
        String username = "ban." + tag;
        Accounts.createActivated(port, admin, username, "BOARD", "authorityId", authority);
        WebSession board = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        long blocYear = jdbc.sql("""
                        SELECT y.id FROM bloc_year y JOIN bloc b ON b.id = y.bloc_id
                        WHERE b.authority_id = :a AND b.kind = 'CUM' ORDER BY y.id LIMIT 1""").param("a", authority).query(Long.class).single();
        return counts(board, blocYear, false);
    }

    private static Map<String, Integer> counts(WebSession board, long blocYear, boolean scored) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String path : List.of(
                "/",
                "/blocs",
                "/bloc-years/" + blocYear,
                scored ? "/bloc-years/" + blocYear + "/results" : "/blocs",
                "/proposals",
                "/awards",
                "/units",
                "/notifications",
                "/documents/verify",
                "/movements",
                "/statistics",
                "/dashboard")) {
            board.get(path); // once before: what is loaded once per application is not the page's
            String key = "page-" + (++serial) + path;
            WebSession.Page page = board.get(path, QueryCounter.HEADER, key);
            assertThat(page.status()).as(path).isEqualTo(200);
            counts.put(path.replace("/" + blocYear, "/{id}"), QueryCounter.count(key));
            // the session: read once, not written (its access time was written within the minute), not read back
            assertThat(QueryCounter.statements(key))
                    .as(path)
                    .filteredOn(sql -> sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION"))
                    .hasSize(1)
                    .allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("SELECT"));
            if (Boolean.getBoolean("queries.print")) {
                System.out.println(path + ":\n  " + String.join("\n  ", QueryCounter.statements(key)));
            }
        }
        return counts;
    }
}
