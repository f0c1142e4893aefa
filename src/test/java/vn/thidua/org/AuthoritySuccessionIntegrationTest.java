package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.WebSession;

/** A province's merger or rename through the page and the API: who may, what is refused, what the pages say after. */
@IntegrationTest
class AuthoritySuccessionIntegrationTest extends ApplicationTestBase {

    private static final String NQ_202 = "Nghị quyết 202/2025/QH15";

    @Autowired
    Clock clock;

    private Api admin() {
        return Api.as(port, "admin");
    }

    private JsonNode authority(long id) {
        return admin().get("/api/v1/authorities/" + id).json();
    }

    private Api.Response record(Api as, long id, Object... fields) {
        return as.post("/api/v1/authorities/" + id + "/successions", json(fields));
    }

    /** {@code as} records that the authority takes a new name from the day given, without a legal basis. */
    private Api.Response rename(Api as, long id, String newName, String effectiveOn) {
        return record(as, id, "kind", "RENAMED", "newName", newName, "effectiveOn", effectiveOn);
    }

    private Api.Response rename(Api as, long id, String newName, String effectiveOn, String legalBasis) {
        return record(
                as, id, "kind", "RENAMED", "newName", newName, "effectiveOn", effectiveOn, "legalBasis", legalBasis);
    }

    /** {@code as} records that the authority is merged into its successor from the day given, without a legal basis. */
    private Api.Response merge(Api as, long id, long successor, String effectiveOn) {
        return record(as, id, "kind", "MERGED_INTO", "successorAuthorityId", successor, "effectiveOn", effectiveOn);
    }

    private Api.Response merge(Api as, long id, long successor, String effectiveOn, String legalBasis) {
        return record(
                as,
                id,
                "kind",
                "MERGED_INTO",
                "successorAuthorityId",
                successor,
                "effectiveOn",
                effectiveOn,
                "legalBasis",
                legalBasis);
    }

    @Test
    void theAdministratorMergesAProvinceThroughTheApiAndTheSuccessorListsItsPredecessor() {
        BlocFixture.Bloc merged = fixture.create(1, 2024);
        BlocFixture.Bloc successor = fixture.create(1, 2024);
        Api.Response response = merge(admin(), merged.authorityId(), successor.authorityId(), "2025-07-01", NQ_202);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("successorId").asLong()).isEqualTo(successor.authorityId());
        assertThat(response.json().get("mergedOn").asString()).isEqualTo("2025-07-01");
        assertThat(response.json().get("mergerBasis").asString()).isEqualTo(NQ_202);
        JsonNode predecessors = authority(successor.authorityId()).get("predecessors");
        assertThat(predecessors).hasSize(1);
        assertThat(predecessors.get(0).get("id").asLong()).isEqualTo(merged.authorityId());
        assertThat(predecessors.get(0).get("mergedOn").asString()).isEqualTo("2025-07-01");
        assertThat(admin().get("/api/v1/audit?action=AUTHORITY_SUCCESSION")
                        .json()
                        .get(0)
                        .get("detail")
                        .asString())
                .contains(authority(merged.authorityId()).get("name").asString(), "01/07/2025", NQ_202);

        // the successor's board reads the merged province's people and asks the engine about them; writes stay refused
        long person = Api.as(port, merged.board())
                .post("/api/v1/subjects", json("kind", "INDIVIDUAL", "fullName", "Người thử", "unitId", merged.unit(0)))
                .id();
        Api successorBoard = Api.as(port, successor.board());
        assertThat(successorBoard.get("/api/v1/subjects/" + person).status()).isEqualTo(200);
        assertThat(successorBoard
                        .post(
                                "/api/v1/eligibility/check",
                                "{\"year\": 2024, \"award\": \"LDTT\", \"subjectId\": %d}".formatted(person))
                        .status())
                .isEqualTo(200);
        assertThat(successorBoard
                        .post(
                                "/api/v1/subjects",
                                json("kind", "INDIVIDUAL", "fullName", "Người khác", "unitId", merged.unit(0)))
                        .status())
                .isEqualTo(403);
        BlocFixture.Bloc other = fixture.create(1, 2024);
        assertThat(Api.as(port, other.board()).get("/api/v1/subjects/" + person).status())
                .isEqualTo(403);
    }

    @Test
    void aRenameKeepsTheOldNameWithItsDatesAndABoardRecordsOnlyARecentOne() {
        BlocFixture.Bloc province = fixture.create(1, 2024);
        String before = authority(province.authorityId()).get("name").asString();
        String after = before.replace("Tỉnh kiểm thử", "Tỉnh đổi tên");
        // a rename dated long ago would rename decisions already issued: that is the administrator's to record
        Api.Response backdated =
                rename(Api.as(port, province.board()), province.authorityId(), after, "2025-07-01", NQ_202);
        assertThat(backdated.status()).isEqualTo(400);
        assertThat(backdated.json().get("errors").get(0).get("code").asString())
                .isEqualTo("authority.succession.effectiveOn.boardTooOld");
        Api.Response response = rename(admin(), province.authorityId(), after, "2025-07-01", NQ_202);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode renamed = authority(province.authorityId());
        assertThat(renamed.get("name").asString()).isEqualTo(after);
        assertThat(renamed.get("successorId").isNull()).isTrue();
        JsonNode former = renamed.get("formerNames").get(0);
        assertThat(former.get("name").asString()).isEqualTo(before);
        assertThat(former.get("renamedOn").asString()).isEqualTo("2025-07-01");
        assertThat(former.get("legalBasis").asString()).isEqualTo(NQ_202);
        WebSession page = WebSession.loggedIn(port, province.board());
        assertThat(page.get("/authorities/" + province.authorityId()).body())
                .contains("Tên trước đây: <strong>" + before + "</strong>", "30/06/2025");
        // its own board records a recent rename; nobody else may take either former name
        assertThat(rename(
                                Api.as(port, province.board()),
                                province.authorityId(),
                                after + " (mới)",
                                LocalDate.now(clock).minusDays(30).toString())
                        .status())
                .isEqualTo(201);
        BlocFixture.Bloc other = fixture.create(1, 2024);
        Api.Response taken = rename(
                Api.as(port, other.board()),
                other.authorityId(),
                before,
                LocalDate.now(clock).toString());
        assertThat(taken.json().get("errors").get(0).get("code").asString())
                .isEqualTo("authority.succession.newName.taken");
    }

    @Test
    void everyWrongSuccessionIsRefusedWithItsCodeAndChangesNothing() {
        BlocFixture.Bloc a = fixture.create(1, 2024);
        BlocFixture.Bloc b = fixture.create(1, 2024);
        BlocFixture.Bloc c = fixture.create(1, 2024);
        BlocFixture.Bloc merged = fixture.create(1, 2024);
        BlocFixture.Bloc elsewhere = fixture.create(1, 2024);
        // b is merged into c, c into a: a into b would close a circle; merged went elsewhere
        assertThat(merge(admin(), b.authorityId(), c.authorityId(), "2025-07-01")
                        .status())
                .isEqualTo(201);
        assertThat(merge(admin(), c.authorityId(), a.authorityId(), "2025-07-01")
                        .status())
                .isEqualTo(201);
        assertThat(merge(admin(), merged.authorityId(), elsewhere.authorityId(), "2025-07-01")
                        .status())
                .isEqualTo(201);
        long id = a.authorityId();
        String name = authority(id).get("name").asString();
        String tooFar = LocalDate.now(clock).plusYears(2).toString();

        Map<String, Object[]> refusals = new LinkedHashMap<>();
        refusals.put(
                "authority.succession.successor.self",
                new Object[] {"kind", "MERGED_INTO", "successorAuthorityId", id, "effectiveOn", "2025-07-01"});
        refusals.put("authority.succession.successor.cycle", new Object[] {
            "kind", "MERGED_INTO", "successorAuthorityId", b.authorityId(), "effectiveOn", "2025-07-01"
        });
        refusals.put("authority.succession.successor.merged", new Object[] {
            "kind", "MERGED_INTO", "successorAuthorityId", merged.authorityId(), "effectiveOn", "2025-07-01"
        });
        refusals.put(
                "authority.succession.successor.required",
                new Object[] {"kind", "MERGED_INTO", "effectiveOn", "2025-07-01"});
        refusals.put(
                "authority.succession.effectiveOn.required",
                new Object[] {"kind", "RENAMED", "newName", name + " mới"});
        refusals.put(
                "authority.succession.effectiveOn.tooFar",
                new Object[] {"kind", "RENAMED", "newName", name + " mới", "effectiveOn", tooFar});
        refusals.put(
                "authority.succession.effectiveOn.tooEarly",
                new Object[] {"kind", "RENAMED", "newName", name + " mới", "effectiveOn", "1900-01-01"});
        refusals.put("authority.succession.successor.otherKind", new Object[] {
            "kind",
            "MERGED_INTO",
            "successorAuthorityId",
            new Registry(admin()).authority("bo-tu-phap"),
            "effectiveOn",
            "2025-07-01"
        });
        refusals.put("authority.succession.legalBasis.tooLong", new Object[] {
            "kind", "RENAMED", "newName", name + " mới", "effectiveOn", "2025-07-01", "legalBasis", "x".repeat(301)
        });
        refusals.put(
                "authority.succession.kind.required",
                new Object[] {"newName", name + " mới", "effectiveOn", "2025-07-01"});
        refusals.put(
                "authority.succession.newName.required", new Object[] {"kind", "RENAMED", "effectiveOn", "2025-07-01"});
        refusals.put(
                "authority.succession.newName.same",
                new Object[] {"kind", "RENAMED", "newName", name.toUpperCase(), "effectiveOn", "2025-07-01"});
        refusals.put(
                "authority.succession.newName.taken",
                new Object[] {"kind", "RENAMED", "newName", "Tỉnh Lạng Sơn", "effectiveOn", "2025-07-01"});
        refusals.forEach((code, fields) -> {
            Api.Response refused = record(admin(), id, fields);
            assertThat(refused.status()).as(code).isEqualTo(400);
            assertThat(refused.json()
                            .get("errors")
                            .valueStream()
                            .map(e -> e.get("code").asString()))
                    .as(refused.body())
                    .contains(code);
        });
        Api.Response again = rename(admin(), b.authorityId(), "Tên khác " + name, "2025-08-01");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("authority.succession.alreadyMerged", "đã hợp nhất vào");

        JsonNode unchanged = authority(id);
        assertThat(unchanged.get("name").asString()).isEqualTo(name);
        assertThat(unchanged.get("successorId").isNull()).isTrue();
        assertThat(unchanged.get("formerNames")).isEmpty();
        assertThat(authority(b.authorityId()).get("successorId").asLong()).isEqualTo(c.authorityId());
    }

    @Test
    void onlyTheAdministratorRecordsAMergerAndABoardRenamesOnlyItsOwnAuthority() {
        BlocFixture.Bloc own = fixture.create(1, 2024);
        BlocFixture.Bloc other = fixture.create(1, 2024);
        Api board = Api.as(port, own.board());

        Api.Response merger = merge(board, own.authorityId(), other.authorityId(), "2025-07-01");
        assertThat(merger.status()).isEqualTo(403);
        assertThat(merger.json().get("code").asString())
                .isEqualTo("authority.succession.refused.mergerByAdministrator");
        Api.Response foreign = rename(board, other.authorityId(), "Tên do tỉnh khác đặt", "2025-07-01");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asString()).isEqualTo("authority.succession.refused.outsideAuthority");
        assertThat(rename(Api.as(port, own.officer(0)), own.authorityId(), "Tên do đơn vị đặt", "2025-07-01")
                        .status())
                .isEqualTo(403);
        WebSession page = WebSession.loggedIn(port, own.board());
        assertThat(page.get("/authorities/" + other.authorityId()).body()).doesNotContain("authority-succession");
        assertThat(page.postForm(
                                "/authorities/" + other.authorityId() + "/successions",
                                Map.of(
                                        "kind",
                                        "RENAMED",
                                        "newName",
                                        "Tên do tỉnh khác đặt",
                                        "effectiveOn",
                                        "2025-07-01"))
                        .status())
                .isEqualTo(403);

        assertThat(authority(own.authorityId()).get("successorId").isNull()).isTrue();
        assertThat(authority(other.authorityId()).get("formerNames")).isEmpty();
    }

    @Test
    void theAdministratorRecordsAMergerThroughThePageAndBothPagesSayIt() {
        BlocFixture.Bloc merged = fixture.create(1, 2024);
        BlocFixture.Bloc successor = fixture.create(1, 2024);
        String mergedName = authority(merged.authorityId()).get("name").asString();
        String successorName = authority(successor.authorityId()).get("name").asString();
        WebSession page = WebSession.loggedIn(port, "admin");
        assertThat(page.get("/authorities/" + merged.authorityId()).body()).contains("authority-succession");

        WebSession.Page invalid = page.postForm(
                "/authorities/" + merged.authorityId() + "/successions",
                Map.of("kind", "MERGED_INTO", "successorAuthorityId", successor.authorityId(), "effectiveOn", ""));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("Cần nhập ngày có hiệu lực.");
        assertThat(authority(merged.authorityId()).get("successorId").isNull()).isTrue();

        WebSession.Page saved = page.postForm(
                "/authorities/" + merged.authorityId() + "/successions",
                Map.of(
                        "kind",
                        "MERGED_INTO",
                        "successorAuthorityId",
                        successor.authorityId(),
                        "effectiveOn",
                        "2025-07-01",
                        "legalBasis",
                        NQ_202));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String mergedPage = page.get("/authorities/" + merged.authorityId()).body();
        assertThat(mergedPage.replaceAll("\\s+", " "))
                .contains(
                        "Đã hợp nhất vào</span>",
                        successorName,
                        "từ ngày <span>01/07/2025</span>",
                        "Căn cứ: " + NQ_202);
        assertThat(mergedPage).doesNotContain("id=\"authority-succession\"");
        assertThat(page.get("/authorities/" + successor.authorityId()).body())
                .contains(mergedName, "hợp nhất vào cơ quan này từ ngày");
        assertThat(page.get("/authorities").body().replaceAll("\\s+", " ")).contains("Đã hợp nhất vào</span>");
        // the merged province's units keep their page and history
        assertThat(page.get("/units/" + merged.unit(0)).status()).isEqualTo(200);
    }
}
