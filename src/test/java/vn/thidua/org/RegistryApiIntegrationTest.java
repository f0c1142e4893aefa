package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

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
class RegistryApiIntegrationTest extends ApplicationTestBase {

    Api admin;
    Api boardQuangNam;
    Registry registry;
    long quangNam;

    @BeforeEach
    void setUp() {
        admin = Api.as(port, "admin");
        boardQuangNam = Api.as(port, "ban.quangnam");
        registry = new Registry(admin);
        quangNam = registry.authority("quang-nam");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        JsonNode found = boardQuangNam
                .get("/api/v1/units?q=so%20tu%20phap&authorityId=" + quangNam)
                .json();
        assertThat(found).extracting(u -> u.get("name").asString()).containsExactly("Sở Tư pháp");
        assertThat(boardQuangNam
                        .get("/api/v1/units?q=S%E1%BB%9E%20T%C6%AF%20PH%C3%81P")
                        .json())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(boardQuangNam.get("/api/v1/blocs?q=hoi%20dac%20thu").json())
                .extracting(b -> b.get("name").asString())
                .containsExactly("Khối thi đua các tổ chức Hội đặc thù");
    }

    @Test
    void boardCreatesAUnitOfItsProvince() {
        String name = Registry.unique("Sở Khoa học và Công nghệ");
        Response created = boardQuangNam.post(
                "/api/v1/units", json("authorityId", quangNam, "name", name, "shortName", "SKHCN", "kind", "SO"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("authorityName").asString()).isEqualTo("Tỉnh Quảng Nam");
        assertThat(boardQuangNam
                        .get("/api/v1/units/" + created.id())
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo(name);
    }

    @Test
    void missingOrTooLongNameIsRefusedWithVietnameseFieldErrorsAndNothingSaved() {
        int before = admin.get("/api/v1/units?authorityId=" + quangNam).json().size();

        Response missing =
                boardQuangNam.post("/api/v1/units", json("authorityId", quangNam, "name", " ", "kind", "SO"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asString()).isEqualTo("Tên đơn vị không được để trống.");
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        Response tooLong = boardQuangNam.post(
                "/api/v1/units", json("authorityId", quangNam, "name", "Sở ".repeat(150), "kind", null));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors"))
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("name", "kind");
        assertThat(tooLong.body()).contains("Tên đơn vị không được quá 300 ký tự.", "Cần chọn loại đơn vị.");

        assertThat(admin.get("/api/v1/units?authorityId=" + quangNam).json().size())
                .isEqualTo(before);
    }

    @Test
    void aCouncilMemberIsKnownByItsNameWithinItsAuthority() {
        String name = Registry.unique("Phạm Thị Hội Đồng");
        assertThat(boardQuangNam
                        .post("/api/v1/authorities/" + quangNam + "/council-members", json("fullName", name))
                        .status())
                .isEqualTo(201);
        Response twin = boardQuangNam.post(
                "/api/v1/authorities/" + quangNam + "/council-members",
                json("fullName", name.toUpperCase().replace("Ạ", "A")));
        assertThat(twin.status()).isEqualTo(400);
        assertThat(twin.json().get("errors").get(0).get("field").asString()).isEqualTo("fullName");
        assertThat(twin.json().get("detail").asString()).contains("đã có thành viên tên");
        // another authority's council may have a member of the same name
        long langSon = registry.authority("lang-son");
        assertThat(admin.post("/api/v1/authorities/" + langSon + "/council-members", json("fullName", name))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void duplicateUnitNameInOneAuthorityIsRefusedIgnoringDiacritics() {
        Response duplicate =
                boardQuangNam.post("/api/v1/units", json("authorityId", quangNam, "name", "SỞ TƯ PHÁP", "kind", "SO"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("detail").asString()).contains("Đã có đơn vị đang hoạt động tên");
    }

    @Test
    void unitOfficerEditsItsOwnUnitButNotAnother() {
        long ownUnit = registry.unit("quang-nam", "Sở Tư pháp");
        long otherUnit = registry.unit("quang-nam", "Sở Nội vụ");
        Api officer = Api.as(port, "tuphap.quangnam");

        Response forbidden =
                officer.put("/api/v1/units/" + otherUnit, json("name", "Sở Nội vụ (sửa trái phép)", "kind", "SO"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("detail").asString()).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        assertThat(admin.get("/api/v1/units/" + otherUnit).json().get("name").asString())
                .isEqualTo("Sở Nội vụ");

        Response own = officer.put(
                "/api/v1/units/" + ownUnit,
                json("name", "Sở Tư pháp", "shortName", "STP", "kind", "SO", "phone", "0235 3852 111"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("phone").asString()).isEqualTo("0235 3852 111");
    }

    @Test
    void boardOfOneProvinceCannotTouchAnother() {
        long langSon = registry.authority("lang-son");
        Response response =
                boardQuangNam.post("/api/v1/units", json("authorityId", langSon, "name", "Sở Y tế", "kind", "SO"));
        assertThat(response.status()).isEqualTo(403);
        Response bloc = boardQuangNam.post(
                "/api/v1/blocs", json("authorityId", langSon, "name", Registry.unique("Cụm"), "kind", "CUM"));
        assertThat(bloc.status()).isEqualTo(403);
    }

    @Test
    void councilMemberAndUnitOfficerCannotCreateBlocs() {
        for (String user : List.of("hoidong.kimdung", "tuphap.quangnam")) {
            Response response = Api.as(port, user)
                    .post(
                            "/api/v1/blocs",
                            json("authorityId", quangNam, "name", Registry.unique("Khối"), "kind", "KHOI"));
            assertThat(response.status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void anonymousAndWrongPasswordGet401Problems() {
        Response anonymous = Api.anonymous(port).get("/api/v1/units");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("detail").asString()).contains("Cần đăng nhập");
        assertThat(Api.as(port, "admin", "wrong").get("/api/v1/units").status()).isEqualTo(401);
    }

    @Test
    void duplicateBlocNameInAnAuthorityIsRefused() {
        Response response = boardQuangNam.post(
                "/api/v1/blocs",
                json("authorityId", quangNam, "name", "khối thi đua các cơ quan tham mưu i", "kind", "KHOI"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(response.json().get("detail").asString())
                .isEqualTo("Đã có khối tên \"khối thi đua các cơ quan tham mưu i\" của Tỉnh Quảng Nam.");
    }

    @Test
    void aSectorRegionMustBelongToAMinistry() {
        Response response = boardQuangNam.post(
                "/api/v1/blocs", json("authorityId", quangNam, "name", Registry.unique("Khu vực"), "kind", "KHU_VUC"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void blocYearWithLeaderNotAMemberIsRefusedAndNothingSaved() {
        long bloc = newBloc();
        long tuPhap = registry.unit("quang-nam", "Sở Tư pháp");
        long noiVu = registry.unit("quang-nam", "Sở Nội vụ");
        long ownUnit = newUnit();

        Response response = boardQuangNam.post(
                "/api/v1/blocs/" + bloc + "/years",
                json("year", 2019, "memberUnitIds", List.of(ownUnit), "leaderUnitId", tuPhap, "deputyUnitId", noiVu));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors"))
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("leaderUnitId", "deputyUnitId");
        assertThat(response.body()).contains("Khối trưởng phải là một đơn vị thành viên của khối trong năm đó.");
        assertThat(boardQuangNam.get("/api/v1/blocs/" + bloc + "/years").json()).isEmpty();
    }

    @Test
    void aUnitCannotBeInTwoBlocsOfTheSameKindInOneYear() {
        long bloc = newBloc();
        long tuPhap = registry.unit("quang-nam", "Sở Tư pháp");
        Response response = boardQuangNam.post(
                "/api/v1/blocs/" + bloc + "/years", json("year", 2023, "memberUnitIds", List.of(tuPhap)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString())
                .isEqualTo(
                        "Đơn vị \"Sở Tư pháp\" đã là thành viên của \"Khối thi đua các cơ quan Tham mưu I\" (cùng loại) trong năm 2023.");

        Response otherYear = boardQuangNam.post(
                "/api/v1/blocs/" + bloc + "/years",
                json("year", 2018, "memberUnitIds", List.of(tuPhap), "leaderUnitId", tuPhap));
        assertThat(otherYear.status()).isEqualTo(201);
        assertThat(otherYear.json().get("leader").get("name").asString()).isEqualTo("Sở Tư pháp");
    }

    @Test
    void yearOutOfRangeIsRefused() {
        long bloc = newBloc();
        for (int year : new int[] {1999, 2100}) {
            Response response = boardQuangNam.post(
                    "/api/v1/blocs/" + bloc + "/years", json("year", year, "memberUnitIds", List.of(newUnit())));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("year");
            assertThat(response.json().get("detail").asString()).startsWith("Năm thi đua phải từ 2000 đến ");
        }
    }

    @Test
    void blocYearKeepsMembersLeaderDeputyCouncilMemberAndQuotaAndCanBeEdited() {
        long bloc = newBloc();
        long a = newUnit();
        long b = newUnit();
        long c = newUnit();
        long councilMember = boardQuangNam
                .post(
                        "/api/v1/authorities/" + quangNam + "/council-members",
                        json("fullName", "Nguyễn Văn Hội Đồng", "position", "Ủy viên Hội đồng"))
                .id();
        Response created = boardQuangNam.post(
                "/api/v1/blocs/" + bloc + "/years",
                json(
                        "year",
                        2024,
                        "memberUnitIds",
                        List.of(a, b, c),
                        "leaderUnitId",
                        a,
                        "deputyUnitId",
                        b,
                        "councilMemberId",
                        councilMember,
                        "flagQuota",
                        1));
        assertThat(created.status()).isEqualTo(201);
        JsonNode year = created.json();
        assertThat(year.get("members")).hasSize(3);
        assertThat(year.get("councilMember").get("fullName").asString()).isEqualTo("Nguyễn Văn Hội Đồng");
        assertThat(year.get("flagQuota").asInt()).isEqualTo(1);

        Response edited = boardQuangNam.put(
                "/api/v1/blocs/" + bloc + "/years/2024",
                json("memberUnitIds", List.of(b, c), "leaderUnitId", b, "deputyUnitId", c));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("leader").get("id").asLong()).isEqualTo(b);
        assertThat(edited.json().get("members")).hasSize(2);

        Response tooManyFlags = boardQuangNam.put(
                "/api/v1/blocs/" + bloc + "/years/2024", json("memberUnitIds", List.of(b, c), "flagQuota", 3));
        assertThat(tooManyFlags.status()).isEqualTo(400);
        assertThat(boardQuangNam
                        .get("/api/v1/blocs/" + bloc + "/years/2024")
                        .json()
                        .get("members"))
                .hasSize(2);
    }

    @Test
    void successionCarriesTheHistoryOfAMergedUnitToItsSuccessor() {
        long langSon = registry.authority("lang-son");
        long stc = registry.unit("lang-son", "Sở Tài chính");
        JsonNode history = admin.get("/api/v1/units/" + stc + "/history").json();
        assertThat(history.get("memberships"))
                .extracting(m ->
                        m.get("year").asInt() + " " + m.get("unit").get("name").asString() + " "
                                + m.get("role").asString())
                .contains(
                        "2022 Sở Kế hoạch và Đầu tư LEADER",
                        "2021 Sở Tài chính LEADER",
                        "2021 Sở Kế hoạch và Đầu tư DEPUTY");
        assertThat(history.get("successions").get(0).get("kind").asString()).isEqualTo("MERGED_INTO");

        long merged = admin.get("/api/v1/units?q=ke%20hoach&authorityId=" + langSon)
                .json()
                .get(0)
                .get("id")
                .asLong();
        assertThat(admin.get("/api/v1/units/" + merged).json().get("active").asBoolean())
                .isFalse();
        Response again = Api.as(port, "ban.langson")
                .post(
                        "/api/v1/units/" + merged + "/successions",
                        json("successorUnitId", stc, "kind", "MERGED_INTO", "effectiveOn", "2025-03-01"));
        assertThat(again.status()).isEqualTo(400);
    }

    @Test
    void successionCannotGoRoundInACircle() {
        long a = newUnit();
        long b = newUnit();
        assertThat(boardQuangNam
                        .post(
                                "/api/v1/units/" + a + "/successions",
                                json("successorUnitId", b, "kind", "SPLIT_INTO", "effectiveOn", "2025-07-01"))
                        .status())
                .isEqualTo(201);
        Response circle = boardQuangNam.post(
                "/api/v1/units/" + b + "/successions",
                json("successorUnitId", a, "kind", "RENAMED", "effectiveOn", "2025-08-01"));
        assertThat(circle.status()).isEqualTo(400);
        assertThat(circle.json().get("errors").get(0).get("field").asString()).isEqualTo("successorUnitId");
    }

    @Test
    void malformedJsonAndUnknownIdsGetProblemDetails() {
        Response wrongType = boardQuangNam.post("/api/v1/units", "{\"authorityId\": \"abc\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString())
                .isEqualTo("authorityId");
        Response malformed = boardQuangNam.post("/api/v1/units", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("JSON");
        Response missing = boardQuangNam.get("/api/v1/units/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Không tìm thấy đơn vị có mã số 999999.");
    }

    @Test
    void onlyAnAdministratorCreatesAuthorities() {
        String body = json(
                "code",
                "tinh-thu-" + Registry.unique("x").replaceAll("\\D", ""),
                "name",
                Registry.unique("Tỉnh Thử"),
                "kind",
                "PROVINCE");
        Response refused = boardQuangNam.post("/api/v1/authorities", body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isNotBlank();
        assertThat(admin.post("/api/v1/authorities", body).status()).isEqualTo(201);
        Response invalid = admin.post("/api/v1/authorities", json("code", "Quảng Nam", "name", "", "kind", "PROVINCE"));
        assertThat(invalid.json().get("code").asString()).isEqualTo("problem.invalidInput");
        assertThat(invalid.json().get("errors"))
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("code", "name");
    }

    @Test
    void openApiDescribesTheApi() {
        Response docs = admin.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/blocs/{id}/years")).isTrue();
        assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Thi đua – Khen thưởng API");
        assertThat(docs.json().get("components").get("schemas").has("CurrentUser"))
                .isFalse();
        // every refusal is documented as a problem detail whose code is required
        var problem = docs.json().get("components").get("schemas").get("Problem");
        assertThat(problem.get("required").toString()).contains("code");
        var addYear = docs.json()
                .get("paths")
                .get("/api/v1/blocs/{id}/years")
                .get("post")
                .get("responses");
        assertThat(addYear.has("400") && addYear.has("403") && addYear.has("404") && addYear.has("409"))
                .isTrue();
        assertThat(addYear.get("409")
                        .get("content")
                        .get("application/problem+json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(Api.anonymous(port).get("/v3/api-docs").status()).isEqualTo(401);
    }

    private long newBloc() {
        return boardQuangNam
                .post(
                        "/api/v1/blocs",
                        json("authorityId", quangNam, "name", Registry.unique("Khối thi đua thử"), "kind", "KHOI"))
                .id();
    }

    private long newUnit() {
        return boardQuangNam
                .post(
                        "/api/v1/units",
                        json("authorityId", quangNam, "name", Registry.unique("Đơn vị thử"), "kind", "KHAC"))
                .id();
    }
}
