package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.Api.Response;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;

@IntegrationTest
class EligibilityApiIntegrationTest {

    @LocalServerPort
    int port;

    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.as(port, "admin");
    }

    private static String person(String records) {
        return """
                {"kind": "INDIVIDUAL", "records": [%s], "ratings": [{"year": 2024, "rating": "HTXSNV"}], "monthsWorked": 12}"""
                .formatted(records);
    }

    private Response check(String award, int year, String subject) {
        return admin.post("/api/v1/eligibility/check",
                "{\"year\": %d, \"award\": \"%s\", \"subject\": %s}".formatted(year, award, subject));
    }

    @Test
    void answersWithVerdictRegimeAndEveryReasonAsTheContractSays() {
        Response response = check("LDTT", 2024, person(""));
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(answer.get("regime").asString()).isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP");
        JsonNode first = answer.get("reasons").get(0);
        assertThat(first.has("condition") && first.has("met") && first.has("basis") && first.has("kind")
                && first.has("verified")).isTrue();
        assertThat(answer.get("reasons")).anySatisfy(r -> {
            assertThat(r.get("kind").asString()).isEqualTo("JUDGEMENT");
            assertThat(r.get("met").isNull()).isTrue();
        });
    }

    @Test
    void unknownCodesAndYearsOutOfRangeAreRefusedNamingTheField() {
        Response unknown = check("CO_THI_DUA", 2024, person(""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("award");
        assertThat(unknown.json().get("detail").asString()).contains("không có trong danh mục");
        Response early = check("LDTT", 1999, person(""));
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        Response late = check("LDTT", 2100, person(""));
        assertThat(late.status()).isEqualTo(400);
        Response badRecord = check("BK_TINH", 2024, person("{\"year\": 2023, \"award\": \"XYZ\"}"));
        assertThat(badRecord.json().get("errors").get(0).get("field").asString()).isEqualTo("subject.records[0].award");
    }

    @Test
    void theSameTitleTwiceInAYearIsAContradictionButTwoBangKhenAreNot() {
        Response twice = check("CSTD_TINH", 2024, person(
                "{\"year\": 2023, \"award\": \"CSTD_CS\"}, {\"year\": 2023, \"award\": \"CSTD_CS\"}"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asString()).contains("Lịch sử mâu thuẫn");
        Response twoMerits = check("BK_TTG", 2024, person(
                "{\"year\": 2019, \"award\": \"BK_TINH\"}, {\"year\": 2019, \"award\": \"BK_TINH\", \"commendationType\": \"CHUYEN_DE\"}"));
        assertThat(twoMerits.status()).isEqualTo(200);
    }

    @Test
    void negativeOrImpossibleCountsAreRefused() {
        Response response = check("TTLDXS", 2024, """
                {"kind": "COLLECTIVE", "members": {"total": 10, "ldtt": -1, "completedTasks": 12, "cstdcs": 1}}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("subject.members.ldtt", "subject.members.completedTasks");
    }

    @Test
    void aStoredSubjectIsCheckedByIdWithItsHistoryAndOnlyByThoseWhoMaySeeIt() {
        long unit = new Registry(admin).unit("quang-nam", "Sở Tư pháp");
        Response created = Api.as(port, "tuphap.quangnam").post("/api/v1/subjects", """
                {"kind": "INDIVIDUAL", "fullName": "Nguyễn Thị Thử", "unitId": %d, "factsYear": 2024,
                 "history": {"records": [{"year": 2022, "award": "CSTD_CS"}, {"year": 2023, "award": "CSTD_CS"},
                                         {"year": 2024, "award": "CSTD_CS"}],
                             "initiatives": [{"year": 2024, "level": "TINH"}], "monthsWorked": 12}}""".formatted(unit));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        Response answer = Api.as(port, "ban.quangnam").post("/api/v1/eligibility/check",
                "{\"year\": 2024, \"award\": \"CSTD_TINH\", \"subjectId\": %d}".formatted(id));
        assertThat(answer.json().get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(Api.as(port, "ban.langson").post("/api/v1/eligibility/check",
                "{\"year\": 2024, \"award\": \"CSTD_TINH\", \"subjectId\": %d}".formatted(id)).status()).isEqualTo(403);
        assertThat(Api.as(port, "ban.langson").get("/api/v1/subjects/" + id).status()).isEqualTo(403);
    }

    @Test
    void voteRulesAndQuotasForOtherFeatures() {
        JsonNode rules = admin.get("/api/v1/eligibility/vote-rules?year=2023").json();
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.get("award").asString()).isEqualTo("CSTD_TINH");
            assertThat(r.get("threshold").asDouble()).isEqualTo(0.9);
            assertThat(r.get("method").asString()).isEqualTo("SECRET_BALLOT");
        });
        Response quota = admin.post("/api/v1/eligibility/quota-check",
                "{\"rule\": \"CSTDCS_SHARE\", \"year\": 2023, \"base\": 20, \"proposed\": 4}");
        assertThat(quota.json().get("met").asBoolean()).isFalse();
        assertThat(quota.json().get("max").asInt()).isEqualTo(3);
        assertThat(quota.json().get("basis").asString()).isEqualTo("Nghị định 91/2017/NĐ-CP, khoản 3 Điều 9");
        Response badRule = admin.post("/api/v1/eligibility/quota-check", "{\"rule\": \"X\", \"year\": 2023, \"proposed\": 1}");
        assertThat(badRule.status()).isEqualTo(400);
    }

    @Test
    void theBoardAddsItsProvincesValueAndOnlyAnAdministratorEditsANationalOne() {
        long quangNam = new Registry(admin).authority("quang-nam");
        Api board = Api.as(port, "ban.quangnam");
        long national = 0;
        for (JsonNode p : admin.get("/api/v1/eligibility/parameters").json()) {
            if (p.get("key").asString().equals("VOTE_QUORUM") && p.get("authorityId").isNull()) {
                national = p.get("id").asLong();
            }
        }
        assertThat(board.put("/api/v1/eligibility/parameters/" + national,
                "{\"value\": 0.5, \"reason\": \"thử\"}").status()).isEqualTo(403);
        Response noReason = admin.put("/api/v1/eligibility/parameters/" + national, "{\"value\": 0.6667, \"verified\": false}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Response added = board.post("/api/v1/eligibility/parameters", """
                {"key": "BLOC_FLAG_QUOTA", "value": 2, "validFrom": "2024-01-01", "authorityId": %d,
                 "instrument": "Quy chế thi đua, khen thưởng tỉnh Quảng Nam", "article": "12", "verified": true,
                 "reason": "Quy chế mới của tỉnh"}""".formatted(quangNam));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Response quota = board.post("/api/v1/eligibility/quota-check",
                "{\"rule\": \"BLOC_FLAGS\", \"year\": 2024, \"proposed\": 2}");
        assertThat(quota.json().get("met").asBoolean()).isTrue();
        assertThat(quota.json().get("basis").asString()).isEqualTo("Quy chế thi đua, khen thưởng tỉnh Quảng Nam, Điều 12");
        assertThat(Api.as(port, "ban.langson").post("/api/v1/eligibility/quota-check",
                "{\"rule\": \"BLOC_FLAGS\", \"year\": 2024, \"proposed\": 2}").json().get("met").asBoolean()).isFalse();
    }
}
