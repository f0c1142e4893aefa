package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;
import vn.thidua.support.Api.Response;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;

/** Every write is scoped: a board to its authority, an officer to its unit, a council member reads what it follows. */
@IntegrationTest
class RegistryScopeIntegrationTest extends ApplicationTestBase {

    Registry registry;
    long quangNamBloc;

    @BeforeEach
    void setUp() {
        registry = new Registry(Api.as(port, "admin"));
        quangNamBloc = registry.bloc("Khối thi đua các cơ quan Tham mưu I");
    }

    @Test
    void anotherProvincesBoardCannotEditTheBlocOrItsYears() {
        Api langSon = Api.as(port, "ban.langson");
        long tuPhap = registry.unit("quang-nam", "Sở Tư pháp");
        assertThat(langSon.put("/api/v1/blocs/" + quangNamBloc, json("name", "Đổi tên trái phép", "kind", "KHOI"))
                        .status())
                .isEqualTo(403);
        assertThat(langSon.post(
                                "/api/v1/blocs/" + quangNamBloc + "/years",
                                json("year", 2025, "memberUnitIds", List.of(tuPhap)))
                        .status())
                .isEqualTo(403);
        assertThat(langSon.put(
                                "/api/v1/blocs/" + quangNamBloc + "/years/2023",
                                json("memberUnitIds", List.of(tuPhap), "leaderUnitId", tuPhap))
                        .status())
                .isEqualTo(403);
        Response year = Api.as(port, "admin").get("/api/v1/blocs/" + quangNamBloc + "/years/2023");
        assertThat(year.json().get("members")).hasSize(6);
        assertThat(registry.bloc("Khối thi đua các cơ quan Tham mưu I")).isEqualTo(quangNamBloc);
    }

    @Test
    void unitOfficerAndCouncilMemberCannotWriteBlocYears() {
        long tuPhap = registry.unit("quang-nam", "Sở Tư pháp");
        for (String user : List.of("tuphap.quangnam", "hoidong.kimdung")) {
            Api api = Api.as(port, user);
            assertThat(api.post(
                                    "/api/v1/blocs/" + quangNamBloc + "/years",
                                    json("year", 2025, "memberUnitIds", List.of(tuPhap)))
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(api.put("/api/v1/blocs/" + quangNamBloc + "/years/2023", json("memberUnitIds", List.of(tuPhap)))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void aBoardCannotMergeItsUnitIntoAnotherAuthoritysUnit() {
        Api quangNam = Api.as(port, "ban.quangnam");
        long ownUnit = quangNam.post(
                        "/api/v1/units",
                        json(
                                "authorityId",
                                registry.authority("quang-nam"),
                                "name",
                                Registry.unique("Đơn vị sáp nhập"),
                                "kind",
                                "KHAC"))
                .id();
        long foreign = registry.unit("lang-son", "Sở Nội vụ");
        Response response = quangNam.post(
                "/api/v1/units/" + ownUnit + "/successions",
                json("successorUnitId", foreign, "kind", "MERGED_INTO", "effectiveOn", "2025-07-01"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(Api.as(port, "admin")
                        .get("/api/v1/units/" + ownUnit)
                        .json()
                        .get("active")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aCouncilMemberReadsOnlyTheBlocsItFollows() {
        Api council = Api.as(port, "hoidong.kimdung");
        long followed = registry.bloc("Khối thi đua các tổ chức Hội đặc thù");
        assertThat(council.get("/api/v1/blocs/" + followed + "/years").status()).isEqualTo(200);
        assertThat(council.get("/api/v1/blocs/" + quangNamBloc).status()).isEqualTo(403);
        assertThat(council.get("/api/v1/blocs/" + quangNamBloc + "/years").status())
                .isEqualTo(403);
        assertThat(council.get("/api/v1/blocs/" + quangNamBloc + "/years/2023").status())
                .isEqualTo(403);
        assertThat(council.get("/api/v1/blocs").json())
                .extracting(b -> b.get("name").asString())
                .containsExactly("Khối thi đua các tổ chức Hội đặc thù");
    }

    @Test
    void apiErrorsOfTheFrameworkAreVietnameseProblemDetails() {
        Api admin = Api.as(port, "admin");
        Response unknown = admin.get("/api/v1/khong-co");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).isEqualTo("Không có địa chỉ này trong API.");
        Response text = admin.postText("/api/v1/units", "tên=Sở");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("detail").asString()).contains("Cần gửi dữ liệu JSON");
        Response delete = admin.delete("/api/v1/units/1");
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.json().get("detail").asString()).contains("Phương thức HTTP");
    }
}
