package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Inspections;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;

@IntegrationTest
class ScoringApiIntegrationTest extends ApplicationTestBase {

    @Autowired
    Clock clock;

    private Api as(String username) {
        return Api.as(port, username);
    }

    static String entries(Object... codePoints) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < codePoints.length; i += 2) {
            list.add(
                    Map.of("code", codePoints[i], "points", codePoints[i + 1], "comment", "Nhận xét " + codePoints[i]));
        }
        return json("version", 0, "entries", list);
    }

    static String withVersion(long version, String entriesJson) {
        return entriesJson.replaceFirst("\"version\":0", "\"version\":" + version);
    }

    /** The round's version as the board reads it: every write of a round step carries it. */
    long rv(BlocFixture.Bloc bloc) {
        return as(bloc.board()).get(bloc.path("/scoring")).json().get("version").asLong();
    }

    /** {@code as} settles a flagged criterion of the unit's inspection at the points given, with its reason. */
    /** The consolidation of the scores asked by {@code as}, objections open from {@code from} until {@code until}. */
    Api.Response consolidate(Api as, BlocFixture.Bloc bloc, String from, String until) {
        return as.post(
                bloc.path("/consolidate"), json("objectionFrom", from, "objectionUntil", until, "version", rv(bloc)));
    }

    Api.Response settle(Api as, BlocFixture.Bloc bloc, long unit, String criterion, String points, String reason) {
        return as.post(
                bloc.path("/discrepancies"),
                json(
                        "unitId",
                        unit,
                        "criterionCode",
                        criterion,
                        "points",
                        points,
                        "reason",
                        reason,
                        "version",
                        rv(bloc)));
    }

    String step(BlocFixture.Bloc bloc) {
        return json("version", rv(bloc));
    }

    /** The board's change of unit 2's criterion 1.1 to 8 points, with its reason. */
    String adjustment(BlocFixture.Bloc bloc, String reason) {
        return json(
                "unitId", bloc.unit(2), "criterionCode", "1.1", "points", "8", "reason", reason, "version", rv(bloc));
    }

    /** {"version": n} of the sheet a save answered. */
    static String sheetVersion(Api.Response saved) {
        return json("version", saved.json().get("version").asLong());
    }

    /** Fills and submits the self-score of unit i with the given points for 1.1, 1.2, 2.1, B, P. */
    void selfScore(BlocFixture.Bloc bloc, int i, double... points) {
        Api officer = as(bloc.officer(i));
        String path = bloc.path("/sheets/SELF/" + bloc.unit(i));
        Api.Response saved = officer.put(
                path, entries("1.1", points[0], "1.2", points[1], "2.1", points[2], "B", points[3], "P", points[4]));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(officer.post(path + "/submit", sheetVersion(saved)).status()).isEqualTo(200);
    }

    @Test
    void aUnitSavesDraftsThenSubmitsAndTheSheetLocks() {
        BlocFixture.Bloc bloc = fixture.create(4, 2024);
        Api officer = as(bloc.officer(2));
        String path = bloc.path("/sheets/SELF/" + bloc.unit(2));

        Api.Response draft = officer.put(path, entries("1.1", 8, "1.2", 15.5));
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("submitted").asBoolean()).isFalse();
        long version = draft.json().get("version").asLong();

        Api.Response incomplete = officer.post(path + "/submit", json("version", version));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Chưa chấm các tiêu chí: 2.1.");

        Api.Response overMax = officer.put(path, withVersion(version, entries("1.1", 11, "1.2", 15.5, "2.1", 7)));
        assertThat(overMax.status()).isEqualTo(400);
        assertThat(overMax.body()).contains("Điểm 11 của tiêu chí 1.1 phải từ 0 đến 10.");
        Api.Response tooFine = officer.put(path, withVersion(version, entries("1.1", 8.125)));
        assertThat(tooFine.body()).contains("tối đa hai chữ số thập phân");
        Api.Response unknown = officer.put(path, withVersion(version, entries("9.9", 1)));
        assertThat(unknown.body()).contains("Mã tiêu chí \\\"9.9\\\" không có trong bảng tiêu chí của khối.");
        assertThat(officer.get(path).json().get("lines").get(0).get("points").decimalValue())
                .isEqualByComparingTo("8");

        Api.Response full = officer.put(path, withVersion(version, entries("1.1", 8, "1.2", 15.5, "2.1", 7)));
        assertThat(full.status()).isEqualTo(200);
        Api.Response submitted = officer.post(
                path + "/submit", json("version", full.json().get("version").asLong()));
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("submitted").asBoolean()).isTrue();
        assertThat(submitted.json().get("submittedBy").asString()).isEqualTo(bloc.officer(2));

        Api.Response afterSubmit = officer.put(path, entries("1.1", 10, "1.2", 15.5, "2.1", 7));
        assertThat(afterSubmit.status()).as("a wrong state, not bad input").isEqualTo(409);
        assertThat(afterSubmit.json().get("code").asString()).isEqualTo("sheet.submitted");
        assertThat(afterSubmit.body()).contains("Phiếu đã nộp nên không sửa được nữa.");
        assertThat(officer.get(path).json().get("lines").get(0).get("points").decimalValue())
                .isEqualByComparingTo("8");
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictAndTheFirstKeepsItsWork() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api officer = as(bloc.officer(1));
        String path = bloc.path("/sheets/SELF/" + bloc.unit(1));
        long version =
                officer.put(path, entries("1.1", 5)).json().get("version").asLong();

        assertThat(officer.put(path, withVersion(version, entries("1.1", 6))).status())
                .isEqualTo(200);
        Api.Response second = officer.put(path, withVersion(version, entries("1.1", 9)));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("vừa được người khác thay đổi");
        assertThat(officer.get(path).json().get("lines").get(0).get("points").decimalValue())
                .isEqualByComparingTo("6");
    }

    @Test
    void anEvidenceFileSentWithTheSheetsVersionIsRefusedWhenTheSheetChangedMeanwhile() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api officer = as(bloc.officer(1));
        String path = bloc.path("/sheets/SELF/" + bloc.unit(1));
        byte[] pdf = Pdfs.onePage();

        assertThat(officer.postFile(
                                path + "/evidence", Map.of("criterionCode", "1.1", "version", "0"), "bao-cao.pdf", pdf)
                        .status())
                .as("version 0: the sheet not saved yet, as read")
                .isEqualTo(200);
        long read = officer.get(path).json().get("version").asLong();
        long saved = officer.put(path, withVersion(read, entries("1.1", 5)))
                .json()
                .get("version")
                .asLong();
        assertThat(saved).isNotEqualTo(read);

        Api.Response stale = officer.postFile(
                path + "/evidence",
                Map.of("criterionCode", "1.1", "version", String.valueOf(read)),
                "bao-cao.pdf",
                pdf);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("problem.conflict");
        assertThat(officer.postFile(
                                path + "/evidence",
                                Map.of("criterionCode", "1.1", "version", String.valueOf(saved)),
                                "bao-cao.pdf",
                                pdf)
                        .status())
                .isEqualTo(200);
        assertThat(officer.postFile(path + "/evidence", Map.of("criterionCode", "1.1"), "bao-cao.pdf", pdf)
                        .status())
                .as("the version may be left out: an upload only adds a file")
                .isEqualTo(200);
        assertThat(officer.get(path).json().get("lines").get(0).get("evidence"))
                .as("three files, the refused one not among them")
                .hasSize(3);
    }

    @Test
    void everyoneWritesOnlyWhatItsRoleAndScopeAllow() {
        BlocFixture.Bloc bloc = fixture.create(4, 2024);
        BlocFixture.Bloc other = fixture.create(3, 2024);
        String ownSheet = bloc.path("/sheets/SELF/" + bloc.unit(2));

        assertThat(Api.anonymous(port).get(bloc.path("/scoring")).status()).isEqualTo(401);
        assertThat(as(bloc.officer(3)).put(ownSheet, entries("1.1", 5)).status())
                .as("another member")
                .isEqualTo(403);
        assertThat(as(bloc.officer(0)).put(ownSheet, entries("1.1", 5)).status())
                .as("the leader")
                .isEqualTo(403);
        assertThat(as(bloc.board()).put(ownSheet, entries("1.1", 5)).status())
                .as("the board")
                .isEqualTo(403);
        assertThat(as(other.officer(0)).get(bloc.path("/scoring")).status())
                .as("a unit of another bloc")
                .isEqualTo(403);
        assertThat(as(other.board()).get(bloc.path("/progress")).status())
                .as("another province's board")
                .isEqualTo(403);
        assertThat(as("hoidong.kimdung").get(bloc.path("/scoring")).status())
                .as("a council member not following")
                .isEqualTo(403);

        assertThat(as(bloc.officer(2))
                        .post(bloc.path("/inspections/generate"), step(bloc))
                        .status())
                .as("a member")
                .isEqualTo(403);
        assertThat(as(bloc.officer(0))
                        .post(bloc.path("/inspections/generate"), step(bloc))
                        .status())
                .as("the leader")
                .isEqualTo(200);
        assertThat(consolidate(as(bloc.officer(2)), bloc, "2025-01-01", "2025-01-05")
                        .status())
                .isEqualTo(403);
        assertThat(as(bloc.officer(0)).post(bloc.path("/lock"), step(bloc)).status())
                .as("only the board locks")
                .isEqualTo(403);
        assertThat(as(other.board()).post(bloc.path("/lock"), step(bloc)).status())
                .isEqualTo(403);
        assertThat(as(bloc.officer(1))
                        .put(bloc.path("/scoring"), json("templateId", bloc.templateId()))
                        .status())
                .as("the deputy does not choose the table")
                .isEqualTo(403);
        assertThat(as(other.board())
                        .post(
                                "/api/v1/scoring-templates",
                                json("authorityId", bloc.authorityId(), "year", 2024, "name", "Bảng lạ"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theAssignmentKeepsItsRulesAndOnlyTheAssignedInspectorScores() {
        BlocFixture.Bloc bloc = fixture.create(5, 2024);
        Api leader = as(bloc.officer(0));
        JsonNode pairs =
                leader.post(bloc.path("/inspections/generate"), step(bloc)).json();
        assertThat(pairs).hasSize(5);
        Set<Long> inspectors = new HashSet<>();
        Set<Long> inspected = new HashSet<>();
        for (JsonNode p : pairs) {
            assertThat(p.get("inspector").asLong())
                    .isNotEqualTo(p.get("inspected").asLong());
            inspectors.add(p.get("inspector").asLong());
            inspected.add(p.get("inspected").asLong());
        }
        assertThat(inspectors).containsExactlyInAnyOrderElementsOf(bloc.units());
        assertThat(inspected).containsExactlyInAnyOrderElementsOf(bloc.units());

        List<Map<String, Long>> selfInspection = new ArrayList<>();
        for (long unit : bloc.units()) {
            selfInspection.add(Map.of("inspector", unit, "inspected", unit));
        }
        Api.Response refused =
                leader.put(bloc.path("/inspections"), json("pairs", selfInspection, "version", rv(bloc)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("không được tự kiểm tra mình");
        assertThat(leader.get(bloc.path("/inspections")).json()).hasSize(5);

        // the leader's own edit: a cycle 0→1→2→3→4→0
        List<Map<String, Long>> cycle = Inspections.inACircle(bloc);
        assertThat(leader.put(bloc.path("/inspections"), json("pairs", cycle, "version", rv(bloc)))
                        .status())
                .isEqualTo(200);
        String inspection = bloc.path("/sheets/INSPECTION/" + bloc.unit(3));
        Api.Response early = as(bloc.officer(2)).put(inspection, entries("1.1", 5));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("inspection.notOpen");
        assertThat(early.body()).contains("chưa mở kiểm tra chéo");

        assertThat(leader.post(bloc.path("/inspections/open"), step(bloc)).status())
                .isEqualTo(200);
        assertThat(leader.put(bloc.path("/inspections"), json("pairs", cycle, "version", rv(bloc)))
                        .status())
                .as("fixed once open")
                .isEqualTo(409);
        assertThat(as(bloc.officer(4)).put(inspection, entries("1.1", 5)).status())
                .as("not its assignment")
                .isEqualTo(403);
        assertThat(as(bloc.officer(3)).put(inspection, entries("1.1", 5)).status())
                .as("not its own")
                .isEqualTo(403);
        assertThat(as(bloc.officer(2)).put(inspection, entries("1.1", 5)).status())
                .isEqualTo(200);
    }

    @Test
    void anInspectorSeesTheSelfScoreOnlyAfterSubmittingItsOwnScores() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api leader = as(bloc.officer(0));
        Inspections.openInACircle(leader, bloc);
        selfScore(bloc, 2, 9, 18, 9, 0, 0);

        Api inspector = as(bloc.officer(1));
        String selfOfInspected = bloc.path("/sheets/SELF/" + bloc.unit(2));
        assertThat(inspector.get(selfOfInspected).status()).isEqualTo(403);
        assertThat(inspector.bytes(bloc.path("/sheets/INSPECTION/" + bloc.unit(2) + ".xlsx")))
                .isNotEmpty();
        assertThat(as(bloc.officer(0)).get(selfOfInspected).status())
                .as("nor the leader, before the inspection")
                .isEqualTo(403);
        assertThat(as(bloc.board()).get(selfOfInspected).status()).isEqualTo(200);

        String inspection = bloc.path("/sheets/INSPECTION/" + bloc.unit(2));
        assertThat(as(bloc.officer(2)).get(inspection).status())
                .as("the inspected unit waits too")
                .isEqualTo(403);
        Api.Response saved = inspector.put(inspection, entries("1.1", 9, "1.2", 12, "2.1", 9));
        assertThat(inspector.post(inspection + "/submit", sheetVersion(saved)).status())
                .isEqualTo(200);
        assertThat(inspector.get(selfOfInspected).status()).isEqualTo(200);
        assertThat(as(bloc.officer(2)).get(inspection).status()).isEqualTo(200);

        JsonNode flags = leader.get(bloc.path("/discrepancies")).json();
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("criterion").get("code").asString()).isEqualTo("1.2");
        assertThat(flags.get(0).get("self").decimalValue()).isEqualByComparingTo("18");
        assertThat(flags.get(0).get("inspection").decimalValue()).isEqualByComparingTo("12");
        assertThat(as(bloc.officer(1)).get(bloc.path("/discrepancies")).status())
                .isEqualTo(403);
    }

    @Test
    void fromDiscrepanciesToLockedResultsWithEveryLaterChangeAudited() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api leader = as(bloc.officer(0));
        Api board = as(bloc.board());
        Inspections.openInACircle(leader, bloc);
        selfScore(bloc, 0, 10, 20, 10, 3, 0);
        selfScore(bloc, 1, 9, 18, 8, 0, 1);
        selfScore(bloc, 2, 7, 15, 6, 0, 0);
        inspect(bloc, 2, 0, 10, 20, 10, 3, 0);
        inspect(bloc, 0, 1, 9, 13, 8, 0, 1); // 1.2: 18 vs 13 is flagged
        inspect(bloc, 1, 2, 7, 15, 6, 0, 0);

        Api.Response early = consolidate(
                leader,
                bloc,
                LocalDate.now(clock).minusDays(3).toString(),
                LocalDate.now(clock).minusDays(1).toString());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("consolidate.openDiscrepancies");
        assertThat(early.body()).contains("Còn 1 chênh lệch chưa chốt điểm.");

        Api.Response noReason = settle(leader, bloc, bloc.unit(1), "1.2", "16,5", " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Hãy ghi lý do chốt điểm.");
        Api.Response resolved =
                settle(leader, bloc, bloc.unit(1), "1.2", "16,5", "Đối chiếu minh chứng: thiếu 1 đề án");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("resolved").decimalValue()).isEqualByComparingTo("16.5");

        Api.Response consolidated = consolidate(
                leader,
                bloc,
                LocalDate.now(clock).minusDays(3).toString(),
                LocalDate.now(clock).minusDays(1).toString());
        assertThat(consolidated.status()).isEqualTo(200);
        JsonNode rows = consolidated.json().get("rows");
        assertThat(rows.get(0).get("rank").get("total").get("total").decimalValue())
                .isEqualByComparingTo("43"); // 40 + bonus capped at 3
        assertThat(rows.get(1).get("rank").get("total").get("total").decimalValue())
                .isEqualByComparingTo("32.5");
        assertThat(rows.get(1).get("rank").get("band").asString()).isEqualTo("Hoàn thành");

        Api.Response late = as(bloc.officer(1))
                .post(
                        bloc.path("/objections"),
                        json("criterionCode", "1.2", "reason", "Xin xem lại", "version", rv(bloc)));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("objection.windowClosed");
        assertThat(late.body()).contains("Ngoài thời hạn nhận ý kiến");

        Api.Response adjustEarly = board.post(bloc.path("/adjustments"), adjustment(bloc, "Sửa"));
        assertThat(adjustEarly.body()).contains("sau khi đã khóa");
        assertThat(board.post(bloc.path("/lock"), step(bloc)).status()).isEqualTo(200);
        assertThat(as(bloc.officer(2))
                        .put(bloc.path("/sheets/SELF/" + bloc.unit(2)), entries("1.1", 1))
                        .status())
                .isEqualTo(409);
        assertThat(leader.post(bloc.path("/adjustments"), adjustment(bloc, "Sửa"))
                        .status())
                .isEqualTo(403);
        Api.Response noWhy = board.post(bloc.path("/adjustments"), adjustment(bloc, ""));
        assertThat(noWhy.body()).contains("Hãy ghi lý do điều chỉnh.");

        assertThat(lastTotal(board, bloc)).isEqualByComparingTo("28");
        Api.Response adjusted =
                board.post(bloc.path("/adjustments"), adjustment(bloc, "Quyết định phúc tra số 12/QĐ-BTĐKT"));
        assertThat(adjusted.status()).isEqualTo(200);
        assertThat(lastTotal(board, bloc))
                .as("the ranking read after the change shows it")
                .isEqualByComparingTo("29");
        JsonNode change = adjusted.json().get("changes").get(0);
        assertThat(change.get("oldPoints").decimalValue()).isEqualByComparingTo("7");
        assertThat(change.get("newPoints").decimalValue()).isEqualByComparingTo("8");
        assertThat(change.get("changedBy").asString()).isEqualTo(bloc.board());
        assertThat(change.get("reason").asString()).isEqualTo("Quyết định phúc tra số 12/QĐ-BTĐKT");
        assertThat(change.get("stage").asString()).isEqualTo("BOARD");
        assertThat(change.get("changedAt").isNull()).isFalse();
        assertThat(board.get("/api/v1/audit?action=SCORE_CHANGED&actor=" + bloc.board())
                        .body())
                .contains("năm thi đua " + bloc.yearId(), "Quyết định phúc tra số 12/QĐ-BTĐKT");
    }

    @Test
    void membersObjectWithinTheWindowAndTheBoardCannotLockBeforeItCloses() {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Api leader = as(bloc.officer(0));
        leader.post(bloc.path("/inspections/generate"), step(bloc));
        leader.post(bloc.path("/inspections/open"), step(bloc));
        selfScore(bloc, 0, 10, 20, 10, 0, 0);
        selfScore(bloc, 1, 9, 18, 9, 0, 0);
        inspect(bloc, 1, 0, 10, 20, 10, 0, 0);
        inspect(bloc, 0, 1, 9, 18, 9, 0, 0);
        assertThat(consolidate(
                                leader,
                                bloc,
                                LocalDate.now(clock).toString(),
                                LocalDate.now(clock).plusDays(5).toString())
                        .status())
                .isEqualTo(200);

        Api member = as(bloc.officer(1));
        Api.Response objection = member.post(
                bloc.path("/objections"),
                json(
                        "criterionCode",
                        "2.1",
                        "reason",
                        "Đơn vị đã tổ chức 3 phong trào, có minh chứng bổ sung",
                        "version",
                        rv(bloc)));
        assertThat(objection.status()).isEqualTo(200);
        long id = objection.id();
        Api.Response locked = as(bloc.board()).post(bloc.path("/lock"), step(bloc));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.json().get("code").asString()).isEqualTo("lock.windowOpen");
        assertThat(locked.body()).contains("Chưa hết thời hạn nhận ý kiến").contains("Còn 1 ý kiến chưa được trả lời.");

        Api.Response byMember = member.post(bloc.path("/objections/" + id + "/answer"), json("answer", "Tự trả lời"));
        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byMember.json().get("code").asString()).isEqualTo("round.leaderOnly");
        Api.Response unversioned = leader.post(
                bloc.path("/objections/" + id + "/answer"), json("answer", "Chấp nhận, cộng đủ điểm", "points", "10"));
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(unversioned.json().get("errors").get(0).get("code").asString())
                .isEqualTo("problem.versionRequired");
        long read = objection.json().get("version").asLong();
        Api.Response answered = leader.post(
                bloc.path("/objections/" + id + "/answer"),
                json("answer", "Chấp nhận, cộng đủ điểm", "points", "10", "version", read));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("answeredBy").asString()).isEqualTo(bloc.officer(0));
        Api.Response again =
                leader.post(bloc.path("/objections/" + id + "/answer"), json("answer", "Lần hai", "version", read));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("objection.answered");
        JsonNode results = member.get(bloc.path("/results")).json();
        assertThat(results.get("rows")
                        .get(0)
                        .get("rank")
                        .get("total")
                        .get("total")
                        .decimalValue())
                .isEqualByComparingTo("40");
        assertThat(results.get("rows")
                        .get(1)
                        .get("rank")
                        .get("total")
                        .get("total")
                        .decimalValue())
                .isEqualByComparingTo("37");
        assertThat(results.get("changes").get(0).get("stage").asString()).isEqualTo("OBJECTION");
    }

    @Test
    void oddInputIsRefusedQuicklyAndTheLeaderNeverSettlesItsOwnScore() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api leader = as(bloc.officer(0));
        String own = bloc.path("/sheets/SELF/" + bloc.unit(0));
        Api.Response huge = leader.put(own, "{\"entries\":[{\"code\":\"1.1\",\"points\":1e999999999}]}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).contains("không phải là số");
        assertThat(leader.put(own, "{\"entries\":[null]}").status()).isEqualTo(400);
        assertThat(as(bloc.board())
                        .post(
                                "/api/v1/scoring-templates",
                                "{\"authorityId\":" + bloc.authorityId()
                                        + ",\"year\":2024,\"name\":\"X\",\"bonusCap\":1e999999999,\"criteria\":[null]}")
                        .body())
                .contains("dưới 100.000");

        Inspections.openInACircle(leader, bloc);
        selfScore(bloc, 0, 10, 20, 10, 0, 0);
        inspect(bloc, 2, 0, 10, 12, 10, 0, 0);
        Api.Response ownFlag = settle(leader, bloc, bloc.unit(0), "1.2", "20", "Tự chốt");
        assertThat(ownFlag.status())
                .as("the leader's own unit goes to the board")
                .isEqualTo(403);
        assertThat(settle(as(bloc.board()), bloc, bloc.unit(0), "1.2", "16", "Ban chốt")
                        .status())
                .isEqualTo(200);

        JsonNode year = as(bloc.board())
                .get("/api/v1/blocs/" + bloc.blocId() + "/years/2024")
                .json();
        Api.Response fewer = as(bloc.board())
                .put(
                        "/api/v1/blocs/" + bloc.blocId() + "/years/2024",
                        json(
                                "memberUnitIds",
                                List.of(bloc.unit(0), bloc.unit(1)),
                                "leaderUnitId",
                                bloc.unit(0),
                                "deputyUnitId",
                                bloc.unit(1),
                                "version",
                                year.get("version").asLong()));
        assertThat(fewer.status()).isEqualTo(400);
        assertThat(fewer.body()).contains("không thêm, bớt đơn vị thành viên được");
    }

    private static BigDecimal lastTotal(Api api, BlocFixture.Bloc bloc) {
        JsonNode rows = api.get(bloc.path("/results")).json().get("rows");
        return rows.get(rows.size() - 1).get("rank").get("total").get("total").decimalValue();
    }

    void inspect(BlocFixture.Bloc bloc, int inspector, int inspected, double... points) {
        Api officer = as(bloc.officer(inspector));
        String path = bloc.path("/sheets/INSPECTION/" + bloc.unit(inspected));
        Api.Response saved = officer.put(
                path, entries("1.1", points[0], "1.2", points[1], "2.1", points[2], "B", points[3], "P", points[4]));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(officer.post(path + "/submit", sheetVersion(saved)).status()).isEqualTo(200);
    }
}
