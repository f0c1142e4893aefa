package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.Api.Response;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;

@IntegrationTest
class EligibilityApiIntegrationTest extends ApplicationTestBase {

    Api admin;

    @BeforeEach
    void setUp() {
        admin = Api.as(port, "admin");
    }

    private static String person(String records) {
        return """
                {"kind": "INDIVIDUAL", "records": [%s], "ratings": [{"year": 2024, "rating": "HTXSNV"}], "monthsWorked": 12}""".formatted(records);
    }

    private Response check(String award, int year, String subject) {
        return admin.post(
                "/api/v1/eligibility/check",
                "{\"year\": %d, \"award\": \"%s\", \"subject\": %s}".formatted(year, award, subject));
    }

    @Test
    void answersWithVerdictRegimeAndEveryReasonAsTheContractSays() {
        Response response = check("LDTT", 2024, person(""));
        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(answer.get("regime").asString())
                .isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP");
        JsonNode first = answer.get("reasons").get(0);
        assertThat(first.has("condition")
                        && first.has("met")
                        && first.has("basis")
                        && first.has("kind")
                        && first.has("verified"))
                .isTrue();
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
        assertThat(badRecord.json().get("errors").get(0).get("field").asString())
                .isEqualTo("subject.records[0].award");
    }

    /**
     * Luật 06/2022/QH15 Điều 94, 95: the optional consideredOn chooses the regime; default 1 January of the next year.
     */
    @Test
    void theConsiderationDayChoosesTheRegimeAndABadOneIsRefusedInWords() {
        String excellent = """
                {"kind": "INDIVIDUAL", "ratings": [{"year": 2023, "rating": "HTXSNV"}], "monthsWorked": 12}""";
        String ask = "{\"year\": 2023, \"award\": \"CSTD_CS\", \"subject\": %s%s}";
        Response byDefault = admin.post("/api/v1/eligibility/check", ask.formatted(excellent, ""));
        assertThat(byDefault.json().get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(byDefault.json().get("regime").asString())
                .contains("06/2022/QH15")
                .contains("98/2023");
        Response december =
                admin.post("/api/v1/eligibility/check", ask.formatted(excellent, ", \"consideredOn\": \"2023-12-20\""));
        assertThat(december.json().get("verdict").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(december.json().get("regime").asString()).contains("2003").contains("91/2017");

        Response malformed =
                admin.post("/api/v1/eligibility/check", ask.formatted(excellent, ", \"consideredOn\": \"20/12/2023\""));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString())
                .isEqualTo("consideredOn");
        assertThat(malformed.json().get("detail").asString()).contains("năm-tháng-ngày");
        Response beforeTheYear =
                admin.post("/api/v1/eligibility/check", ask.formatted(excellent, ", \"consideredOn\": \"2022-12-31\""));
        assertThat(beforeTheYear.status()).isEqualTo(400);
        assertThat(beforeTheYear.json().get("detail").asString()).contains("trước năm lập thành tích");
    }

    @Test
    void theCatalogueNamesWhoDecidedOnTheDayAsked() {
        JsonNode before = admin.get("/api/v1/eligibility/awards?on=2025-06-30").json();
        JsonNode after = admin.get("/api/v1/eligibility/awards?on=2025-07-01").json();
        assertThat(before.get(0).get("code").asString()).isEqualTo("LDTT");
        assertThat(before.get(0).get("decidedBy").asString()).contains("cấp huyện");
        assertThat(after.get(0).get("decidedBy").asString()).contains("cấp xã").doesNotContain("huyện");
    }

    @Test
    void theSameTitleTwiceInAYearIsAContradictionButTwoBangKhenAreNot() {
        Response twice = check(
                "CSTD_TINH",
                2024,
                person("{\"year\": 2023, \"award\": \"CSTD_CS\"}, {\"year\": 2023, \"award\": \"CSTD_CS\"}"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asString()).contains("Lịch sử mâu thuẫn");
        Response twoMerits = check(
                "BK_TTG",
                2024,
                person(
                        "{\"year\": 2019, \"award\": \"BK_TINH\"}, {\"year\": 2019, \"award\": \"BK_TINH\", \"commendationType\": \"CHUYEN_DE\"}"));
        assertThat(twoMerits.status()).isEqualTo(200);
    }

    @Test
    void negativeOrImpossibleCountsAreRefused() {
        Response response = check("TTLDXS", 2024, """
                {"kind": "COLLECTIVE", "members": {"total": 10, "ldtt": -1, "completedTasks": 12, "cstdcs": 1}}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors"))
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("subject.members.ldtt", "subject.members.completedTasks");
    }

    /**
     * A stored collective of a unit that took over a merged one carries the merged one's awards (one achievement, one
     * award).
     */
    @Test
    void aStoredCollectiveFollowsItsUnitsLineage() {
        Api board = Api.as(port, "ban.quangnam");
        long quangNam = new Registry(admin).authority("quang-nam");
        long merged = board.post(
                        "/api/v1/units",
                        Api.json("authorityId", quangNam, "name", Registry.unique("Sở Kế hoạch"), "kind", "SO"))
                .id();
        long successor = board.post(
                        "/api/v1/units",
                        Api.json("authorityId", quangNam, "name", Registry.unique("Sở Tài chính"), "kind", "SO"))
                .id();
        String collective = """
                {"kind": "COLLECTIVE", "fullName": "%s", "unitId": %d, "factsYear": 2024,
                 "history": {"records": [%s], "ratings": [{"year": 2023, "rating": "HTXSNV"}, {"year": 2024, "rating": "HTXSNV"}]}}""";
        assertThat(board.post(
                                "/api/v1/subjects",
                                collective.formatted(
                                        "Tập thể Sở Kế hoạch", merged, "{\"year\": 2023, \"award\": \"BK_TINH\"}"))
                        .status())
                .isEqualTo(201);
        long id = board.post("/api/v1/subjects", collective.formatted("Tập thể Sở Tài chính", successor, ""))
                .id();
        String ask = "{\"year\": 2024, \"award\": \"BK_TINH\", \"subjectId\": %d}".formatted(id);
        // a collective's Bằng khen criteria (khoản 2 Điều 74) are not verified: "cần kiểm tra" at best
        assertThat(board.post("/api/v1/eligibility/check", ask)
                        .json()
                        .get("verdict")
                        .asString())
                .isEqualTo("NEEDS_CHECK");

        assertThat(board.post(
                                "/api/v1/units/" + merged + "/successions",
                                Api.json(
                                        "successorUnitId",
                                        successor,
                                        "kind",
                                        "MERGED_INTO",
                                        "effectiveOn",
                                        "2025-01-01"))
                        .status())
                .isEqualTo(201);
        JsonNode after = board.post("/api/v1/eligibility/check", ask).json();
        assertThat(after.get("verdict").asString())
                .as("the merged unit's Bằng khen of 2023 covers 2023")
                .isEqualTo("NOT_ELIGIBLE");
        assertThat(after.get("reasons"))
                .anySatisfy(r -> assertThat(r.get("condition").asString()).contains("lần trước (năm 2023)"));
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
        Response answer = Api.as(port, "ban.quangnam")
                .post(
                        "/api/v1/eligibility/check",
                        "{\"year\": 2024, \"award\": \"CSTD_TINH\", \"subjectId\": %d}".formatted(id));
        assertThat(answer.json().get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(Api.as(port, "ban.langson")
                        .post(
                                "/api/v1/eligibility/check",
                                "{\"year\": 2024, \"award\": \"CSTD_TINH\", \"subjectId\": %d}".formatted(id))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "ban.langson").get("/api/v1/subjects/" + id).status())
                .isEqualTo(403);
    }

    @Test
    void voteRulesAndQuotasForOtherFeatures() {
        JsonNode rules = admin.get("/api/v1/eligibility/vote-rules?year=2023").json();
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.get("award").asString()).isEqualTo("CSTD_TINH");
            assertThat(r.get("threshold").asDouble()).isEqualTo(0.9);
            assertThat(r.get("method").asString()).isEqualTo("SECRET_BALLOT");
            // the contract's word since the first release
            assertThat(r.get("base").asString()).isEqualTo("ALL_MEMBERS");
        });
        Response quota = admin.post(
                "/api/v1/eligibility/quota-check",
                "{\"rule\": \"CSTDCS_SHARE\", \"year\": 2022, \"base\": 20, \"proposed\": 4}");
        assertThat(quota.json().get("met").asBoolean()).isFalse();
        assertThat(quota.json().get("max").asInt()).isEqualTo(3);
        assertThat(quota.json().get("binding").asBoolean()).isTrue();
        assertThat(quota.json().get("basis").asString()).isEqualTo("Nghị định 91/2017/NĐ-CP, khoản 3 Điều 9");
        // the review of 2023 was held under the 2022 Law, which sets no share
        Response noCap = admin.post(
                "/api/v1/eligibility/quota-check",
                "{\"rule\": \"CSTDCS_SHARE\", \"year\": 2023, \"base\": 20, \"proposed\": 4}");
        assertThat(noCap.json().get("met").asBoolean()).isTrue();
        assertThat(noCap.json().get("basis").asString()).contains("không quy định tỷ lệ");
        Response badRule =
                admin.post("/api/v1/eligibility/quota-check", "{\"rule\": \"X\", \"year\": 2023, \"proposed\": 1}");
        assertThat(badRule.status()).isEqualTo(400);
    }

    @Test
    void theBoardAddsItsProvincesValueAndOnlyAnAdministratorEditsANationalOne() {
        long quangNam = new Registry(admin).authority("quang-nam");
        Api board = Api.as(port, "ban.quangnam");
        long national = 0;
        for (JsonNode p : admin.get("/api/v1/eligibility/parameters").json()) {
            if (p.get("key").asString().equals("VOTE_QUORUM")
                    && p.get("authorityId").isNull()) {
                national = p.get("id").asLong();
            }
        }
        assertThat(board.put("/api/v1/eligibility/parameters/" + national, "{\"value\": 0.5, \"reason\": \"thử\"}")
                        .status())
                .isEqualTo(403);
        Response noReason =
                admin.put("/api/v1/eligibility/parameters/" + national, "{\"value\": 0.6667, \"verified\": false}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Response added = board.post("/api/v1/eligibility/parameters", """
                {"key": "BLOC_FLAG_QUOTA", "value": 2, "validFrom": "2024-01-01", "authorityId": %d,
                 "instrument": "Quy chế thi đua, khen thưởng tỉnh Quảng Nam", "article": "12", "verified": true,
                 "reason": "Quy chế mới của tỉnh"}""".formatted(quangNam));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Response quota = board.post(
                "/api/v1/eligibility/quota-check", "{\"rule\": \"BLOC_FLAGS\", \"year\": 2024, \"proposed\": 2}");
        assertThat(quota.json().get("met").asBoolean()).isTrue();
        assertThat(quota.json().get("basis").asString())
                .isEqualTo("Quy chế thi đua, khen thưởng tỉnh Quảng Nam, Điều 12");
        assertThat(Api.as(port, "ban.langson")
                        .post(
                                "/api/v1/eligibility/quota-check",
                                "{\"rule\": \"BLOC_FLAGS\", \"year\": 2024, \"proposed\": 2}")
                        .json()
                        .get("met")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void wrongTypesAreRefusedNamingTheirField() {
        Response text = admin.post(
                "/api/v1/eligibility/check",
                "{\"year\": \"abc\", \"award\": \"LDTT\", \"subject\": {\"kind\": \"INDIVIDUAL\"}}");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        Response fraction = admin.post(
                "/api/v1/eligibility/check",
                "{\"year\": 2024.7, \"award\": \"LDTT\", \"subject\": {\"kind\": \"INDIVIDUAL\"}}");
        assertThat(fraction.status()).isEqualTo(400);
        Response nested = check("LDTT", 2024, "{\"kind\": \"INDIVIDUAL\", \"ratings\": [{\"year\": \"x\"}]}");
        assertThat(nested.json().get("errors").get(0).get("field").asString()).isEqualTo("subject.ratings[0].year");
    }

    @Test
    void aYearBeforeAnyEncodedLawIsAnsweredNotACrash() {
        Response response = check(
                "LDTT", 2002, "{\"kind\": \"INDIVIDUAL\", \"ratings\": [{\"year\": 2002, \"rating\": \"HTTNV\"}]}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("verdict").asString()).isEqualTo("NEEDS_CHECK");
    }

    @Test
    void periodsAndKindSpecificFactsAreChecked() {
        Response future = check(
                "BK_TTG",
                2024,
                person("{\"year\": 2019, \"award\": \"BK_TINH\", \"periodFrom\": 2019, \"periodTo\": 2021}"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("subject.records[0].periodTo");
        Response members = check("LDTT", 2024, "{\"kind\": \"INDIVIDUAL\", \"members\": {\"total\": 3}}");
        assertThat(members.json().get("errors").get(0).get("field").asString()).isEqualTo("subject.members");
    }

    @Test
    void aUnitOfficerIsAnsweredUnderItsProvincesRegulationLikeItsBoard() {
        String question = "{\"rule\": \"BLOC_FLAGS\", \"year\": 2025, \"proposed\": 2}";
        long quangNam = new Registry(admin).authority("quang-nam");
        Api.as(port, "ban.quangnam").post("/api/v1/eligibility/parameters", """
                {"key": "BLOC_FLAG_QUOTA", "value": 2, "validFrom": "2025-01-01", "authorityId": %d,
                 "instrument": "Quy chế thi đua, khen thưởng tỉnh Quảng Nam 2025", "verified": true,
                 "reason": "Quy chế 2025"}""".formatted(quangNam));
        assertThat(Api.as(port, "tuphap.quangnam")
                        .post("/api/v1/eligibility/quota-check", question)
                        .json()
                        .get("met")
                        .asBoolean())
                .isEqualTo(Api.as(port, "ban.quangnam")
                        .post("/api/v1/eligibility/quota-check", question)
                        .json()
                        .get("met")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aProvinceCannotRelaxTheLawsOwnConditions() {
        long quangNam = new Registry(admin).authority("quang-nam");
        Response relaxed = Api.as(port, "ban.quangnam").post("/api/v1/eligibility/parameters", """
                {"key": "TTLDTT_MIN_LDTT_SHARE", "value": 0.1, "validFrom": "2024-01-01", "authorityId": %d,
                 "instrument": "Quy chế", "verified": true, "reason": "thử"}""".formatted(quangNam));
        assertThat(relaxed.status()).isEqualTo(400);
        assertThat(relaxed.json().get("errors").get(0).get("field").asString()).isEqualTo("key");
        Response unknownAuthority = admin.post("/api/v1/eligibility/parameters", """
                {"key": "BLOC_FLAG_QUOTA", "value": 1, "validFrom": "2024-01-01", "authorityId": 987654,
                 "instrument": "Quy chế", "reason": "thử"}""");
        assertThat(unknownAuthority.status()).isEqualTo(404);
        Response fraction = admin.post("/api/v1/eligibility/parameters", """
                {"key": "BLOC_FLAG_QUOTA", "value": 1.5, "validFrom": "2024-01-01", "authorityId": %d,
                 "instrument": "Quy chế", "reason": "thử"}""".formatted(quangNam));
        assertThat(fraction.status()).isEqualTo(400);
    }

    /** A value outside what the law can mean is refused at the form, with its reason, not found wrong later. */
    @Test
    void aShareOfZeroOrAboveOneAndAPeriodOfZeroDaysAreRefusedWithAMessage() {
        long quangNam = new Registry(admin).authority("quang-nam");
        String regional = """
                {"key": "%s", "value": %s, "validFrom": "2031-01-01", "authorityId": %d,
                 "instrument": "Quy chế thi đua, khen thưởng của tỉnh", "reason": "thử giới hạn"}""";
        for (String share : List.of("0", "1.2")) {
            Response refused = Api.as(port, "ban.quangnam")
                    .post("/api/v1/eligibility/parameters", regional.formatted("VOTE_QUORUM", share, quangNam));
            assertThat(refused.status()).as("a quorum of " + share).isEqualTo(400);
            assertThat(refused.body()).contains("Tỷ lệ phải lớn hơn 0 và không quá 1");
        }
        Response noDays = Api.as(port, "ban.quangnam")
                .post("/api/v1/eligibility/parameters", regional.formatted("PUBLIC_COMMENT_DAYS", "0", quangNam));
        assertThat(noDays.status()).isEqualTo(400);
        assertThat(noDays.body()).contains("Thời hạn phải từ 1 trở lên");
        assertThat(Api.as(port, "ban.quangnam")
                        .post(
                                "/api/v1/eligibility/parameters",
                                regional.formatted("PUBLIC_COMMENT_DAYS", "5", quangNam))
                        .status())
                .as("a real period")
                .isEqualTo(201);
    }

    @Test
    void anEditWithoutVerifiedKeepsTheVerification() {
        long id = 0;
        for (JsonNode p : admin.get("/api/v1/eligibility/parameters").json()) {
            if (p.get("key").asString().equals("CRITERIA_LDTT")
                    && p.get("validTo").isNull()) {
                id = p.get("id").asLong();
            }
        }
        Response edited =
                admin.put("/api/v1/eligibility/parameters/" + id, "{\"value\": 1, \"reason\": \"Ghi chú lại\"}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("verified").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/audit?action=PARAMETER_CHANGED&actor=admin")
                        .body())
                .contains("tham số CRITERIA_LDTT", "lý do: Ghi chú lại");
    }

    @Test
    void subjectsRefuseTooLongFieldsAndDuplicateReferences() {
        long unit = new Registry(admin).unit("quang-nam", "Sở Nội vụ");
        String body = """
                {"kind": "INDIVIDUAL", "fullName": "Phạm Văn Thử", "unitId": %d, "externalRef": "NV-001", "position": "%s"}""";
        assertThat(admin.post("/api/v1/subjects", body.formatted(unit, "x".repeat(301)))
                        .status())
                .isEqualTo(400);
        assertThat(admin.post("/api/v1/subjects", body.formatted(unit, "Chuyên viên"))
                        .status())
                .isEqualTo(201);
        Response duplicate = admin.post("/api/v1/subjects", body.formatted(unit, "Chuyên viên"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString())
                .isEqualTo("externalRef");
    }
}
