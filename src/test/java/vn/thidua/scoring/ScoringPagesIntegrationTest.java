package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Inspections;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;
import vn.thidua.support.WebSession;
import vn.thidua.support.WebSession.Page;

/** The pages of the bloc's year, as each role sees them, with CSRF-protected forms and messages beside the input. */
@IntegrationTest
class ScoringPagesIntegrationTest extends ApplicationTestBase {

    @Autowired
    Clock clock;

    @Test
    void theLeaderLaunchesAndAMemberSignsThroughTheForms() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        String base = "/bloc-years/" + bloc.yearId();
        WebSession leader = WebSession.loggedIn(port, bloc.officer(0));
        assertThat(leader.get(base).body())
                .contains("Phát động thi đua, mở ký giao ước")
                .contains("Tiến độ của các đơn vị");
        leader.get(base + "/launch");
        Page refused = leader.postForm(base + "/launch", Map.of("launchedOn", "2020-01-01", "text", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Ngày phát động phải trong năm 2023 hoặc 2024.")
                .contains("Hãy nhập nội dung phát động thi đua.");
        assertThat(leader.postRaw(base + "/launch", Map.of("launchedOn", "2024-02-01", "text", "Phát động"))
                        .status())
                .as("no CSRF token")
                .isEqualTo(403);
        Page launched = leader.postForm(
                base + "/launch",
                Map.of("launchedOn", "2024-02-01", "text", "Phát động năm 2024", "movements", "Chuyển đổi số"));
        assertThat(launched.status()).isEqualTo(302);

        WebSession member = WebSession.loggedIn(port, bloc.officer(2));
        String covenant = base + "/covenant/" + bloc.unit(2);
        assertThat(member.get(covenant).body()).contains("Phát động năm 2024").contains("Chuyển đổi số");
        assertThat(member.postForm(covenant, Map.of("targets", "Hoàn thành 100% nhiệm vụ"))
                        .status())
                .isEqualTo(302);
        member.get(covenant);
        Page unsigned = member.postForm(covenant + "/sign", Map.of("signerName", "", "signerPosition", "Giám đốc"));
        assertThat(unsigned.body()).contains("Hãy nhập họ tên người ký giao ước.");
        assertThat(member.postForm(covenant + "/sign", Map.of("signerName", "Trần Văn B", "signerPosition", "Giám đốc"))
                        .status())
                .isEqualTo(302);
        assertThat(member.get(base).body()).contains("Đã ký");
        assertThat(member.get(base + "/covenant/" + bloc.unit(1)).body()).doesNotContain("id=\"targets-form\"");
        assertThat(WebSession.loggedIn(port, "tuphap.quangnam").get(base).status())
                .isEqualTo(403);
    }

    @Test
    void theEvidenceFormTakesTheSameRequestAsTheApiAndSaysWhenTheSheetChanged() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        String sheet = "/bloc-years/" + bloc.yearId() + "/sheets/SELF/" + bloc.unit(1);
        WebSession officer = WebSession.loggedIn(port, bloc.officer(1));
        officer.get(sheet);
        byte[] pdf = Pdfs.onePage();
        Page uploaded =
                officer.postFile(sheet + "/evidence", Map.of("criterionCode", "1.1"), "file", "bao-cao.pdf", pdf);
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(officer.get(sheet).body()).contains("Đã tải lên minh chứng bao-cao.pdf.");
        Page stale = officer.postFile(
                sheet + "/evidence", Map.of("criterionCode", "1.1", "version", "99"), "file", "bao-cao.pdf", pdf);
        assertThat(stale.status()).isEqualTo(302);
        assertThat(officer.get(sheet).body())
                .as("a version the sheet does not have: nothing added, the page says why")
                .doesNotContain("Đã tải lên minh chứng");
        assertThat(Api.as(port, bloc.officer(1))
                        .get("/api/v1/bloc-years/" + bloc.yearId() + "/sheets/SELF/" + bloc.unit(1))
                        .json()
                        .get("lines")
                        .get(0)
                        .get("evidence"))
                .hasSize(1);
    }

    @Test
    void theSheetFormKeepsWhatWasTypedOnAnErrorAndOnAConflict() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        String sheet = "/bloc-years/" + bloc.yearId() + "/sheets/SELF/" + bloc.unit(1);
        WebSession first = WebSession.loggedIn(port, bloc.officer(1));
        WebSession second = WebSession.loggedIn(port, bloc.officer(1));
        first.get(sheet);
        Page wrong = first.postForm(sheet, form(0, "abc", "12", "7"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("Điểm của tiêu chí 1.1 phải là số (&quot;abc&quot; không phải là số).")
                .contains("value=\"abc\"")
                .contains("Chưa lưu gì.");
        // a line comes back with the code it was sent with, never moved onto the criterion of its row
        Map<String, String> swapped = form(0, "abc", "12", "7");
        swapped.put("entries[0].code", "1.2");
        swapped.put("entries[1].code", "1.1");
        String again = first.postForm(sheet, swapped).body().replaceAll("\\s+", " ");
        assertThat(again)
                .contains("name=\"entries[0].code\" value=\"1.2\"")
                .contains("name=\"entries[1].code\" value=\"1.1\"");
        assertThat(first.postForm(sheet, form(0, "8", "12", "7")).status()).isEqualTo(302);

        second.get(sheet);
        first.get(sheet);
        assertThat(first.postForm(sheet, form(1, "9", "12", "7")).status()).isEqualTo(302);
        Page conflict = second.postForm(sheet, form(1, "5", "12", "7"));
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.body())
                .contains("Dữ liệu vừa được người khác thay đổi")
                .contains("value=\"5\"")
                .contains("Đang lưu");
        assertThat(Api.as(port, bloc.board())
                        .get("/api/v1/bloc-years/" + bloc.yearId() + "/sheets/SELF/" + bloc.unit(1))
                        .json()
                        .get("lines")
                        .get(0)
                        .get("points")
                        .decimalValue())
                .isEqualByComparingTo("9");
    }

    @Test
    void resultsDiscrepanciesAndAssignmentRenderForEveryRole() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        String base = "/bloc-years/" + bloc.yearId();
        Api leader = Api.as(port, bloc.officer(0));
        Inspections.assignInACircle(leader, bloc);
        WebSession leaderPages = WebSession.loggedIn(port, bloc.officer(0));
        assertThat(leaderPages.get(base + "/inspections").body()).contains("Mở kiểm tra chéo");
        assertThat(leaderPages
                        .postForm(base + "/inspections/open", Map.of("version", String.valueOf(rv(bloc))))
                        .status())
                .isEqualTo(302);
        for (int i = 0; i < 3; i++) {
            Api unit = Api.as(port, bloc.officer(i));
            Api.Response self = unit.put(
                    bloc.path("/sheets/SELF/" + bloc.unit(i)),
                    ScoringApiIntegrationTest.entries("1.1", 10 - i, "1.2", 20 - i, "2.1", 9));
            unit.post(
                    bloc.path("/sheets/SELF/" + bloc.unit(i) + "/submit"),
                    ScoringApiIntegrationTest.sheetVersion(self));
            long inspected = bloc.unit((i + 1) % 3);
            Api.Response inspection = unit.put(
                    bloc.path("/sheets/INSPECTION/" + inspected),
                    ScoringApiIntegrationTest.entries("1.1", 5, "1.2", 20 - i, "2.1", 9));
            unit.post(
                    bloc.path("/sheets/INSPECTION/" + inspected + "/submit"),
                    ScoringApiIntegrationTest.sheetVersion(inspection));
        }
        Page flags = leaderPages.get(base + "/discrepancies");
        assertThat(flags.body())
                .contains("Chênh lệch giữa tự chấm và kiểm tra chéo")
                .contains("Chốt");
        Map<String, String> resolve = new LinkedHashMap<>(
                Map.of("unitId", String.valueOf(bloc.unit(1)), "criterionCode", "1.1", "points", "8,5", "reason", ""));
        resolve.put("version", String.valueOf(rv(bloc)));
        leaderPages.postForm(base + "/discrepancies", resolve);
        assertThat(leaderPages.get(base + "/discrepancies").body()).contains("Hãy ghi lý do chốt điểm.");
        WebSession boardPages = WebSession.loggedIn(port, bloc.board());
        boardPages.get(base + "/discrepancies");
        for (int i = 0; i < 3; i++) {
            // the leader settles the others; its own unit's flag is the board's
            (i == 0 ? boardPages : leaderPages)
                    .postForm(
                            base + "/discrepancies",
                            Map.of(
                                    "unitId",
                                    String.valueOf(bloc.unit(i)),
                                    "criterionCode",
                                    "1.1",
                                    "points",
                                    "8,5",
                                    "reason",
                                    "Theo minh chứng",
                                    "version",
                                    String.valueOf(rv(bloc))));
        }
        leaderPages.get(base + "/results");
        assertThat(leaderPages
                        .postForm(
                                base + "/consolidate",
                                Map.of(
                                        "objectionFrom",
                                        LocalDate.now(clock).minusDays(2).toString(),
                                        "objectionUntil",
                                        LocalDate.now(clock).minusDays(1).toString(),
                                        "version",
                                        String.valueOf(rv(bloc))))
                        .status())
                .isEqualTo(302);
        Page results = leaderPages.get(base + "/results");
        assertThat(leaderPages.get(base + "/results/table").body())
                .contains("id=\"full-table\"")
                .contains("8,5");
        assertThat(results.body())
                .contains("Hạng Nhất")
                .contains("<svg")
                .contains("Tổng điểm của các đơn vị")
                .contains("Đã tổng hợp, đang nhận ý kiến");
        assertThat(WebSession.loggedIn(port, bloc.officer(2))
                        .get(base + "/results")
                        .body())
                .doesNotContain("id=\"lock\"");
        WebSession board = WebSession.loggedIn(port, bloc.board());
        assertThat(board.get(base + "/results").body()).contains("id=\"lock\"");
        assertThat(board.postForm(base + "/lock", Map.of("version", String.valueOf(rv(bloc))))
                        .status())
                .isEqualTo(302);
        board.get(base + "/results");
        board.postForm(
                base + "/adjustments",
                Map.of(
                        "unitId",
                        String.valueOf(bloc.unit(2)),
                        "criterionCode",
                        "2.1",
                        "points",
                        "10",
                        "reason",
                        "Phúc tra",
                        "version",
                        String.valueOf(rv(bloc))));
        Page locked = board.get(base + "/results");
        assertThat(locked.body())
                .contains("Đã khóa")
                .contains("Nhật ký thay đổi điểm")
                .contains("Phúc tra");
        assertThat(board.download(base + "/results.xlsx")).isNotEmpty();
        assertThat(board.get(base).body()).contains("Tiến độ của các đơn vị");
    }

    @Test
    void theBoardWritesATableInTheFormWithDecimalCommas() {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        WebSession board = WebSession.loggedIn(port, bloc.board());
        assertThat(board.get("/scoring-templates/new?authorityId=" + bloc.authorityId() + "&year=2025")
                        .status())
                .isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("authorityId", String.valueOf(bloc.authorityId()));
        form.put("year", "2025");
        form.put("name", "Bảng tiêu chí năm 2025");
        form.put("bonusCap", "2,5");
        form.put("tieBreaks[0]", "FEWER_PENALTY_POINTS");
        form.put("tieBreaks[1]", "");
        form.put("criteria[0].code", "1");
        form.put("criteria[0].group", "I");
        form.put("criteria[0].name", "Hoàn thành nhiệm vụ");
        form.put("criteria[0].kind", "SCORED");
        form.put("criteria[0].maxPoints", "12,5");
        form.put("criteria[1].code", "");
        form.put("criteria[1].name", "");
        form.put("criteria[1].maxPoints", "");
        form.put("bands[0].label", "Xuất sắc");
        form.put("bands[0].minTotal", "10");
        Page bad = board.postForm(
                "/scoring-templates",
                Map.of(
                        "authorityId",
                        String.valueOf(bloc.authorityId()),
                        "year",
                        "2025",
                        "name",
                        "",
                        "criteria[0].maxPoints",
                        "mười"));
        assertThat(bad.body())
                .contains("Hãy nhập tên bảng tiêu chí.")
                .contains("Cần nhập một số (ví dụ 7,5 hoặc 7.5).");
        Page created = board.postForm("/scoring-templates", form);
        assertThat(created.status()).isEqualTo(302);
        Page view = board.get(created.location().replace("http://localhost:" + port, ""));
        assertThat(view.body())
                .contains("Bảng tiêu chí năm 2025")
                .contains("value=\"12,5\"")
                .contains("value=\"2,5\"");
        assertThat(WebSession.loggedIn(port, bloc.officer(0))
                        .get("/scoring-templates/new")
                        .status())
                .isEqualTo(403);
        assertThat(board.get("/scoring-templates").body())
                .contains("Bảng tiêu chí năm 2025")
                .contains("Bản nháp");
    }

    /** The round's version, which every form of a round step carries in a hidden field. */
    private long rv(BlocFixture.Bloc bloc) {
        return Api.as(port, bloc.board())
                .get(bloc.path("/scoring"))
                .json()
                .get("version")
                .asLong();
    }

    private static Map<String, String> form(long version, String p11, String p12, String p21) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        String[][] lines = {{"1.1", p11}, {"1.2", p12}, {"2.1", p21}, {"B", ""}, {"P", ""}};
        for (int i = 0; i < lines.length; i++) {
            form.put("entries[" + i + "].code", lines[i][0]);
            form.put("entries[" + i + "].points", lines[i][1]);
            form.put("entries[" + i + "].comment", "");
        }
        form.put("action", "save");
        return form;
    }
}
