package vn.thidua.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.awards.RegistrySheets.collective;
import static vn.thidua.awards.RegistrySheets.inPosition;
import static vn.thidua.awards.RegistrySheets.person;
import static vn.thidua.awards.RegistrySheets.unitName;
import static vn.thidua.awards.RegistrySheets.workbook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/**
 * Imports of past awards as jobs: the same sheet twice is entered once (the report names the rows
 * already there), the database refuses a second copy of an award by itself, and a large import
 * shows its progress row by row.
 */
@IntegrationTest
class RegistryImportJobsIntegrationTest extends ApplicationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void importingTheSameWorkbookTwiceEntersItOnceAndReportsTheRowsAlreadyThere() throws Exception {
        BlocFixture.Bloc province = fixture.create(1, 2023);
        Api api = Api.as(port, province.board());
        String unit = unitName(api, province.unit(0));
        byte[] sheet = workbook(List.of(
                collective(unit, "CO_TINH", "", "2021", "12/QĐ-UBND", "20/01/2022"),
                inPosition("Chuyên viên", person("Trần Văn Lặp", unit, "BK_TINH", "2021", "30/QĐ-UBND", "10/02/2022")),
                inPosition("Chuyên viên", person("Trần Văn Lặp", unit, "GIAY_KHEN", "2022", "5/QĐ-S", "15/01/2023")),
                inPosition("Chuyên viên", person("Trần Văn Lặp", unit, "GIAY_KHEN", "2022", "5/QĐ-S", "15/01/2023"))));
        WebSession board = WebSession.loggedIn(port, province.board());

        String first = importThroughThePage(board, sheet);
        assertThat(first)
                .contains(
                        "Đã nhập <strong>3</strong> dòng mới",
                        "<strong>1</strong> dòng đã có trong sổ, bỏ qua",
                        "đã có ở Dòng 4 của tệp, bỏ qua");
        String second = importThroughThePage(board, sheet);
        assertThat(second)
                .contains("Đã nhập <strong>0</strong> dòng mới", "<strong>4</strong> dòng đã có trong sổ, bỏ qua");
        assertThat(second.split("<tr>"))
                .filteredOn(r -> r.contains("<td>Dòng 2</td>"))
                .singleElement()
                .asString()
                .contains("đã có, bỏ qua");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM subject_record r JOIN subject s ON s.id = r.subject_id WHERE s.unit_id = :u""").param("u", province.unit(0)).query(Long.class).single())
                .as("each award once")
                .isEqualTo(3);

        JsonNode again = api.postFile("/api/v1/awards/import", Map.of(), "lai.xlsx", sheet)
                .json();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(4);
        assertThat(again.get("rows").get(1).get("outcome").asString()).isEqualTo("SKIPPED");
    }

    @Test
    void theDatabaseRefusesASecondCopyOfAnAwardByItsDecisionButKeepsFactsWithoutOne() {
        BlocFixture.Bloc province = fixture.create(1, 2023);
        long subject = jdbc.sql(
                        "INSERT INTO subject (kind, full_name, unit_id) VALUES ('INDIVIDUAL', 'Lê Thị Chỉ Một', :u) RETURNING id")
                .param("u", province.unit(0))
                .query(Long.class)
                .single();
        enterBankhen2020(subject, "7/QĐ-UBND", LocalDate.of(2021, 1, 5));
        assertThatThrownBy(() -> enterBankhen2020(subject, "7/QĐ-UBND", LocalDate.of(2021, 1, 5)))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("subject_record_decision_once");
        enterBankhen2020(subject, "8/QĐ-UBND", LocalDate.of(2021, 1, 5));
        // history entered as bare facts (no decision): two Bằng khen of 2020 may be two awards
        enterBankhen2020(subject, null, null);
        enterBankhen2020(subject, null, null);
        assertThat(jdbc.sql("SELECT count(*) FROM subject_record WHERE subject_id = :s")
                        .param("s", subject)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aLargeImportReportsItsProgressUntilEveryRowIsIn() throws Exception {
        BlocFixture.Bloc province = fixture.create(1, 2023);
        Api api = Api.as(port, province.board());
        String unit = unitName(api, province.unit(0));
        int rows = 3000;
        List<List<String>> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            lines.add(person("Người nhập " + i, unit, "GIAY_KHEN", "2022", i + "/QĐ-S", "15/01/2023"));
        }
        Api.Response accepted = api.postFile("/api/v1/awards/imports", Map.of(), "lon.xlsx", workbook(lines));
        assertThat(accepted.status()).isEqualTo(202);
        long id = accepted.json().get("id").asLong();

        List<Integer> seen = new ArrayList<>();
        JsonNode status = api.get("/api/v1/awards/imports/" + id).json();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!List.of("DONE", "FAILED", "CANCELLED")
                .contains(status.get("state").asString())) {
            assertThat(System.nanoTime()).as("import finished in time").isLessThan(deadline);
            if (status.get("total").asInt() > 0) {
                seen.add(status.get("done").asInt());
            }
            Thread.sleep(30);
            status = api.get("/api/v1/awards/imports/" + id).json();
        }
        assertThat(status.get("state").asString()).isEqualTo("DONE");
        assertThat(status.get("total").asInt()).isEqualTo(rows);
        assertThat(status.get("done").asInt()).isEqualTo(rows);
        assertThat(status.get("imported").asInt()).isEqualTo(rows);
        assertThat(status.get("rows")).hasSize(rows);
        assertThat(seen)
                .as("progress shown on the way, never backwards")
                .isSorted()
                .anyMatch(done -> done > 0 && done < rows);
        assertThat(Api.as(port, "ban.langson")
                        .get("/api/v1/awards/imports/" + id)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("registry.import.refused.notVisible");
        Api.Response late = api.post("/api/v1/awards/imports/" + id + "/cancel", "{}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("job.cancel.finished");
    }

    @Test
    void aWrongFileImportedAsAJobEntersNothingAndNamesEveryWrongRow() throws Exception {
        BlocFixture.Bloc province = fixture.create(1, 2023);
        Api api = Api.as(port, province.board());
        String unit = unitName(api, province.unit(0));
        byte[] bad = workbook(List.of(
                collective(unit, "CO_TINH", "", "2019", "12/QĐ-UBND", "20/01/2020"),
                person("Phạm Sai", "Sở không có", "LDTT", "2020", "3/QĐ-S", "15/01/2021")));
        WebSession board = WebSession.loggedIn(port, province.board());
        String page = importThroughThePage(board, bad);
        assertThat(page).contains("Tệp có dòng sai; không dòng nào được nhập", "Dòng 3, cột Đơn vị");
        assertThat(api.get("/api/v1/awards/units/" + province.unit(0)).json().get("awards"))
                .isEmpty();
    }

    /** A Bằng khen of 2020 written straight into the table, as an old import or a migration would. */
    private void enterBankhen2020(long subject, String decisionNumber, LocalDate decisionDate) {
        jdbc.sql("""
                        INSERT INTO subject_record (subject_id, year, award, period_from, period_to, is_title,
                            decision_number, decision_date)
                        VALUES (:s, 2020, 'BK_TINH', 2020, 2020, false, :number, :date)""")
                .param("s", subject)
                .param("number", decisionNumber)
                .param("date", decisionDate)
                .update();
    }

    /** Sends the file from the registry's page and follows the import's page until it has ended. */
    private static String importThroughThePage(WebSession board, byte[] sheet) throws InterruptedException {
        board.get("/awards");
        WebSession.Page sent = board.postFile("/awards/import", Map.of(), "file", "so.xlsx", sheet);
        assertThat(sent.status()).isEqualTo(302);
        String path = sent.location().replaceFirst("^https?://[^/]+", "");
        assertThat(path).startsWith("/awards/imports/");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String page = board.get(path).body();
            if (!page.contains("Đang nhập")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not end: " + path);
    }
}
