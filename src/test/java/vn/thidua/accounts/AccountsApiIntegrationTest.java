package vn.thidua.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Accounts;
import vn.thidua.support.Api;
import vn.thidua.support.Api.Response;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/** Accounts through the API: who may give which, activation by link, disabling, locks, service tokens. */
@IntegrationTest
class AccountsApiIntegrationTest extends ApplicationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    Api admin;
    Api boardLangSon;
    Registry registry;
    long langSon;
    long quangNam;
    long financeLangSon;
    long justiceQuangNam;

    @BeforeEach
    void setUp() {
        admin = Api.as(port, "admin");
        boardLangSon = Api.as(port, "ban.langson");
        registry = new Registry(admin);
        langSon = registry.authority("lang-son");
        quangNam = registry.authority("quang-nam");
        financeLangSon = registry.unit("lang-son", "Sở Tài chính");
        justiceQuangNam = registry.unit("quang-nam", "Sở Tư pháp");
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static String unique(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }

    private boolean saved(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:u)")
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Test
    void aBoardGivesItsOfficerAnAccountWhichThePersonActivatesByLinkAndUses() {
        String username = unique("vanthu.taichinh");
        Response created = Accounts.create(
                boardLangSon,
                username,
                "UNIT_OFFICER",
                "unitId",
                financeLangSon,
                "email",
                username + "@langson.gov.vn");
        assertThat(created.status()).isEqualTo(201);
        JsonNode account = created.json().get("account");
        assertThat(account.get("activated").asBoolean()).isFalse();
        assertThat(account.get("authorityId").asLong()).isEqualTo(langSon);
        assertThat(account.toString()).doesNotContain("password", "hash", "secret");
        String link = Accounts.link(created);
        // built from the configured public address, never from the request's Host
        assertThat(link).startsWith("https://thidua.langson.gov.vn/activate/");
        assertThat(created.json().get("mailed").asBoolean()).isFalse();

        // before activation there is no password to guess
        assertThat(Api.as(port, username, "").get("/api/v1/authorities").status())
                .isEqualTo(401);
        WebSession.Page done = Accounts.activate(port, link, Accounts.PASSWORD, Accounts.PASSWORD);
        assertThat(done.location()).contains("/login?activated=");
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(200);

        // the link is used up
        WebSession.Page again =
                Accounts.activate(port, link, "Một mật khẩu khác hẳn 2026", "Một mật khẩu khác hẳn 2026");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Liên kết này không còn dùng được");
        assertThat(Api.as(port, username, "Một mật khẩu khác hẳn 2026")
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aLinkExpiresAfterSeventyTwoHours() {
        String link = Accounts.link(
                Accounts.create(boardLangSon, unique("hethan"), "UNIT_OFFICER", "unitId", financeLangSon));
        clock.advance(Duration.ofHours(72).plusMinutes(1));
        WebSession.Page page = Accounts.activate(port, link, Accounts.PASSWORD, Accounts.PASSWORD);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("đã hết hạn");
    }

    @Test
    void aWeakPasswordIsRefusedInVietnameseAndTheLinkStaysUsable() {
        String username = unique("yeu");
        String link = Accounts.link(Accounts.create(boardLangSon, username, "UNIT_OFFICER", "unitId", financeLangSon));
        assertThat(Accounts.activate(port, link, "ngan", "ngan").body()).contains("ít nhất 12 ký tự");
        assertThat(Accounts.activate(port, link, "matkhau123456", "matkhau123456")
                        .body())
                .contains("quá phổ biến");
        assertThat(Accounts.activate(port, link, username + "2026!", username + "2026!")
                        .body())
                .contains("không được chứa tên đăng nhập");
        assertThat(Accounts.activate(port, link, Accounts.PASSWORD, Accounts.PASSWORD + "x")
                        .body())
                .contains("không khớp");
        assertThat(jdbc.sql("SELECT password_hash IS NULL FROM app_user WHERE username = :u")
                        .param("u", username)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(Accounts.activate(port, link, Accounts.PASSWORD, Accounts.PASSWORD)
                        .location())
                .contains("activated");
    }

    @Test
    void aBoardManagesOnlyTheAccountsOfItsOwnAuthority() {
        long councilQuangNam = jdbc.sql("SELECT id FROM council_member WHERE authority_id = :a LIMIT 1")
                .param("a", quangNam)
                .query(Long.class)
                .optional()
                .orElseGet(() -> admin.post(
                                "/api/v1/authorities/" + quangNam + "/council-members",
                                json("fullName", "Thành viên thử"))
                        .id());
        record Cell(String what, String username, Object[] fields, String code) {}
        String u = unique("ngoai");
        Cell[] refused = {
            new Cell(
                    "an officer of another province's unit",
                    u + "1",
                    new Object[] {"role", "UNIT_OFFICER", "unitId", justiceQuangNam},
                    "account.refused.outsideAuthority"),
            new Cell(
                    "the board of another province",
                    u + "2",
                    new Object[] {"role", "BOARD", "authorityId", quangNam},
                    "account.refused.outsideAuthority"),
            new Cell(
                    "the decider of another province",
                    u + "3",
                    new Object[] {"role", "DECIDER", "authorityId", quangNam},
                    "account.refused.outsideAuthority"),
            new Cell(
                    "a council member of another province",
                    u + "4",
                    new Object[] {"role", "COUNCIL_MEMBER", "councilMemberId", councilQuangNam},
                    "account.refused.outsideAuthority"),
            new Cell("an administrator", u + "5", new Object[] {"role", "ADMIN"}, "account.refused.roleTooWide"),
        };
        for (Cell cell : refused) {
            Object[] fields = new Object[4 + cell.fields().length];
            System.arraycopy(new Object[] {"username", cell.username(), "fullName", "Người ngoài"}, 0, fields, 0, 4);
            System.arraycopy(cell.fields(), 0, fields, 4, cell.fields().length);
            Response r = boardLangSon.post("/api/v1/users", json(fields));
            assertThat(r.status()).as(cell.what()).isEqualTo(403);
            assertThat(r.json().get("code").asString()).as(cell.what()).isEqualTo(cell.code());
            assertThat(r.json().get("detail").asString()).as(cell.what()).isNotBlank();
            assertThat(saved(cell.username())).as(cell.what()).isFalse();
        }
        // the same requests are the administrator's to make
        assertThat(Accounts.create(admin, u + "1", "UNIT_OFFICER", "unitId", justiceQuangNam)
                        .status())
                .isEqualTo(201);

        long quangNamOfficer = accountId("tuphap.quangnam");
        assertThat(boardLangSon.get("/api/v1/users/" + quangNamOfficer).status())
                .isEqualTo(403);
        assertThat(boardLangSon
                        .patch("/api/v1/users/" + quangNamOfficer, json("enabled", false))
                        .status())
                .isEqualTo(403);
        assertThat(boardLangSon
                        .post("/api/v1/users/" + quangNamOfficer + "/reset", "")
                        .status())
                .isEqualTo(403);
        assertThat(boardLangSon.get("/api/v1/users?q=").json())
                .extracting(a -> a.get("authorityId").asLong())
                .isNotEmpty()
                .containsOnly(langSon);

        // its own officer cannot be moved out of its authority either
        long own = accountId("ngoaivu.langson");
        Response moved =
                boardLangSon.patch("/api/v1/users/" + own, json("role", "UNIT_OFFICER", "unitId", justiceQuangNam));
        assertThat(moved.status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/users/" + own).json().get("unitId").asLong())
                .isNotEqualTo(justiceQuangNam);
    }

    @Test
    void onlyTheAdministratorAndBoardsManageAccounts() {
        for (String user : new String[] {"taichinh.langson", "hoidong1.langson", "quyetdinh.langson"}) {
            Api api = Api.as(port, user);
            assertThat(api.get("/api/v1/users").status()).as(user).isEqualTo(403);
            Response r = Accounts.create(api, unique("thu"), "UNIT_OFFICER", "unitId", financeLangSon);
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.json().get("code").asString()).isEqualTo("account.refused.notManager");
            assertThat(api.post(
                                    "/api/v1/service-accounts",
                                    json("name", "x", "role", "UNIT_OFFICER", "unitId", financeLangSon))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void badInputIsAnsweredInVietnameseAndSavesNothing() {
        record Case(String json, String field, String message) {}
        Case[] cases = {
            new Case(
                    json("fullName", "A", "role", "UNIT_OFFICER", "unitId", financeLangSon),
                    "username",
                    "không được để trống"),
            new Case(
                    json("username", "có dấu", "fullName", "A", "role", "UNIT_OFFICER", "unitId", financeLangSon),
                    "username",
                    "chữ không dấu"),
            new Case(
                    json(
                            "username",
                            "TaiChinh.LangSon",
                            "fullName",
                            "A",
                            "role",
                            "UNIT_OFFICER",
                            "unitId",
                            financeLangSon),
                    "username",
                    "đã có người dùng"),
            new Case(
                    json("username", unique("a"), "role", "UNIT_OFFICER", "unitId", financeLangSon),
                    "fullName",
                    "Họ và tên"),
            new Case(json("username", unique("b"), "fullName", "A", "unitId", financeLangSon), "role", "vai trò"),
            new Case(json("username", unique("c"), "fullName", "A", "role", "UNIT_OFFICER"), "unitId", "đơn vị"),
            new Case(
                    json("username", unique("d"), "fullName", "A", "role", "UNIT_OFFICER", "unitId", 987654321),
                    "unitId",
                    "Không tìm thấy đơn vị"),
            new Case(json("username", unique("e"), "fullName", "A", "role", "BOARD"), "authorityId", "cơ quan"),
            new Case(
                    json("username", unique("f"), "fullName", "A", "role", "COUNCIL_MEMBER"),
                    "councilMemberId",
                    "Hội đồng"),
            new Case(
                    json(
                            "username",
                            unique("g"),
                            "fullName",
                            "A",
                            "role",
                            "UNIT_OFFICER",
                            "unitId",
                            financeLangSon,
                            "email",
                            "khong-phai-thu"),
                    "email",
                    "thư điện tử"),
        };
        int before =
                jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single();
        for (Case c : cases) {
            Response r = boardLangSon.post("/api/v1/users", c.json());
            assertThat(r.status()).as(c.json()).isEqualTo(400);
            assertThat(r.json().get("errors").toString())
                    .as(c.json())
                    .contains("\"" + c.field() + "\"")
                    .contains(c.message());
        }
        assertThat(boardLangSon
                        .post("/api/v1/users", "{\"username\":\"x\",\"role\":\"VUA\"}")
                        .json()
                        .get("detail")
                        .asString())
                .contains("role");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aDisabledAccountCannotSignInAndLosesItsSessions() {
        String username = unique("nghiviec");
        long id = Accounts.createActivated(port, boardLangSon, username, "UNIT_OFFICER", "unitId", financeLangSon);
        WebSession browser = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        assertThat(browser.get("/blocs").status()).isEqualTo(200);

        Response disabled = boardLangSon.patch("/api/v1/users/" + id, json("enabled", false));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(browser.get("/blocs").status()).isEqualTo(302);
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(401);
        // kept, not deleted: the history still names who did what
        assertThat(saved(username)).isTrue();
        assertThat(boardLangSon.post("/api/v1/users/" + id + "/reset", "").status())
                .isEqualTo(400);

        assertThat(boardLangSon
                        .patch("/api/v1/users/" + id, json("enabled", true))
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aResetStopsTheOldPasswordAtOnceAndADisabledAccountsLinksDie() {
        String username = unique("datlai");
        long id = Accounts.createActivated(port, boardLangSon, username, "UNIT_OFFICER", "unitId", financeLangSon);
        Response reset = boardLangSon.post("/api/v1/users/" + id + "/reset", "");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(401);
        String link = reset.json().get("activationLink").asString();

        boardLangSon.patch("/api/v1/users/" + id, json("enabled", false));
        boardLangSon.patch("/api/v1/users/" + id, json("enabled", true));
        assertThat(Accounts.activate(port, link, Accounts.PASSWORD, Accounts.PASSWORD)
                        .body())
                .contains("không còn dùng được");
        String fresh = boardLangSon
                .post("/api/v1/users/" + id + "/reset", "")
                .json()
                .get("activationLink")
                .asString();
        assertThat(Accounts.activate(port, fresh, Accounts.PASSWORD, Accounts.PASSWORD)
                        .location())
                .contains("activated");
    }

    @Test
    void aCouncilMemberHasOneEnabledAccount() {
        long member = admin.post(
                        "/api/v1/authorities/" + langSon + "/council-members",
                        json("fullName", "Ủy viên một tài khoản"))
                .id();
        assertThat(Accounts.create(boardLangSon, unique("uyvien"), "COUNCIL_MEMBER", "councilMemberId", member)
                        .status())
                .isEqualTo(201);
        Response second = Accounts.create(boardLangSon, unique("uyvien"), "COUNCIL_MEMBER", "councilMemberId", member);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body()).contains("đã có tài khoản đang dùng");
    }

    @Test
    void nobodyDisablesOrDemotesItself() {
        long self = accountId("ban.langson");
        Response r = boardLangSon.patch("/api/v1/users/" + self, json("enabled", false));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("chính mình");
        assertThat(admin.get("/api/v1/users/" + self).json().get("enabled").asBoolean())
                .isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilUnlockedOrFifteenMinutesPass() {
        String username = unique("khoa");
        long id = Accounts.createActivated(port, boardLangSon, username, "UNIT_OFFICER", "unitId", financeLangSon);
        for (int i = 0; i < 4; i++) {
            assertThat(Api.as(port, username, "sai-mat-khau-" + i)
                            .get("/api/v1/authorities")
                            .status())
                    .isEqualTo(401);
        }
        // the form counts as much as HTTP Basic: the fifth failure locks
        WebSession form = new WebSession(port);
        assertThat(form.postForm("/login", Map.of("username", username, "password", "sai-lan-5"))
                        .location())
                .endsWith("/login?error");
        Response locked = Api.as(port, username, Accounts.PASSWORD).get("/api/v1/authorities");
        assertThat(locked.status()).isEqualTo(401);
        WebSession.Page formLocked =
                new WebSession(port).postForm("/login", Map.of("username", username, "password", Accounts.PASSWORD));
        assertThat(formLocked.location()).endsWith("/login?error");
        // the answer for a locked account is the answer for an unknown one
        Response unknown = Api.as(port, unique("khongco"), "x").get("/api/v1/authorities");
        assertThat(locked.json().get("detail").asString())
                .isEqualTo(unknown.json().get("detail").asString());
        assertThat(locked.json().get("title").asString())
                .isEqualTo(unknown.json().get("title").asString());
        assertThat(admin.get("/api/v1/users/" + id).json().get("locked").asBoolean())
                .isTrue();

        clock.advance(Duration.ofMinutes(16));
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(200);
        clock.reset();

        for (int i = 0; i < 5; i++) {
            Api.as(port, username, "sai-" + i).get("/api/v1/authorities");
        }
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(401);
        assertThat(boardLangSon
                        .patch("/api/v1/users/" + id, json("unlock", true))
                        .json()
                        .get("locked")
                        .asBoolean())
                .isFalse();
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aServiceTokenCallsTheApiWithItsScopeUntilRevoked() {
        Response created = boardLangSon.post(
                "/api/v1/service-accounts",
                json("name", "Cổng dịch vụ công tỉnh Lạng Sơn", "role", "BOARD", "authorityId", langSon));
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        long id = created.json().get("account").get("id").asLong();
        assertThat(token).startsWith("tdkt_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT count(*) FROM service_token WHERE token_hint = :h")
                        .param("h", token.substring(0, 9))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM service_token WHERE encode(token_sha256, 'escape') LIKE :t")
                        .param("t", "%" + token.substring(5) + "%")
                        .query(Integer.class)
                        .single())
                .isZero();

        Api system = Api.bearer(port, token);
        assertThat(system.get("/api/v1/authorities").status()).isEqualTo(200);
        assertThat(system.get("/api/v1/users").json())
                .extracting(a -> a.get("authorityId").asLong())
                .containsOnly(langSon);
        // a board's token is the board's scope, no wider
        assertThat(Accounts.create(system, unique("ngoai"), "UNIT_OFFICER", "unitId", justiceQuangNam)
                        .status())
                .isEqualTo(403);
        // a service account has no password to reset, and never signs in with one
        assertThat(boardLangSon.post("/api/v1/users/" + id + "/reset", "").status())
                .isEqualTo(400);

        assertThat(Api.bearer(port, token + "x").get("/api/v1/authorities").status())
                .isEqualTo(401);
        assertThat(Api.bearer(port, "tdkt_khongco").get("/api/v1/authorities").status())
                .isEqualTo(401);
        assertThat(Api.as(port, "ban.quangnam")
                        .delete("/api/v1/service-accounts/" + id)
                        .status())
                .isEqualTo(403);
        assertThat(boardLangSon.delete("/api/v1/service-accounts/" + id).status())
                .isEqualTo(204);
        assertThat(system.get("/api/v1/authorities").status()).isEqualTo(401);
    }

    @Test
    void aServiceAccountTakesOnlyAnAdministratorsBoardsOrOfficersRole() {
        Response r = boardLangSon.post(
                "/api/v1/service-accounts", json("name", "Hệ thống", "role", "DECIDER", "authorityId", langSon));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Tài khoản dịch vụ chỉ mang vai trò");
        // not even the administrator makes a token that could reset the administrators
        assertThat(admin.post("/api/v1/service-accounts", json("name", "Hệ thống", "role", "ADMIN"))
                        .status())
                .isEqualTo(400);
        Response noName = boardLangSon.post("/api/v1/service-accounts", json("role", "BOARD", "authorityId", langSon));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("Hãy đặt tên");
    }

    @Test
    void theApiRefusesARequestABrowserSentFromAnotherSite() {
        Response foreign =
                admin.withHeader("Origin", "https://trang-la.example").get("/api/v1/authorities");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).contains("problem+json");
        assertThat(admin.withHeader("Origin", "https://thidua.langson.gov.vn")
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(200);
    }

    private long accountId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}
