package vn.thidua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.security.totp.Totp;
import vn.thidua.platform.security.totp.TotpSecret;
import vn.thidua.support.Accounts;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;
import vn.thidua.support.WebSession.Page;

/** The account pages as a board and as each person: create, import, own password, second factor, sessions. */
@IntegrationTest
class AccountPagesIntegrationTest extends ApplicationTestBase {

    private static final Pattern LINK = Pattern.compile("value=\"(https://[^\"]+/activate/[^\"]+)\"");
    private static final Pattern REPORTED_LINK = Pattern.compile(">(https://[^<]+/activate/[^<]+)</code>");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    TestClock clock;

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    private int accounts(String usernamePrefix) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username LIKE :p")
                .param("p", usernamePrefix + "%")
                .query(Integer.class)
                .single();
    }

    @Test
    void aBoardCreatesAnAccountInTheFormAndSeesItsLinkOnce() {
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        Page form = board.get("/accounts/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Sở Tài chính")
                .doesNotContain("Sở Tư pháp – Tỉnh Quảng Nam")
                .doesNotContain("value=\"ADMIN\"");
        long unit = new Registry(Api.as(port, "admin")).unit("lang-son", "Sở Tài chính");

        Page refused = board.postForm(
                "/accounts", Map.of("username", "có dấu", "fullName", "", "role", "UNIT_OFFICER", "unitId", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Họ và tên không được để trống", "chữ không dấu", "Hãy chọn đơn vị");

        String username = unique("ketoan.");
        Page created = board.postForm(
                "/accounts",
                Map.of(
                        "username",
                        username,
                        "fullName",
                        "Lê Thị Bình",
                        "role",
                        "UNIT_OFFICER",
                        "unitId",
                        unit,
                        "email",
                        ""));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).contains("Đã tạo tài khoản", username, "chỉ hiển thị một lần");
        Matcher link = LINK.matcher(created.body());
        assertThat(link.find()).isTrue();
        assertThat(board.get("/accounts?q=le%20thi%20binh").body()).contains(username, "Chưa kích hoạt");

        assertThat(Accounts.activate(port, link.group(1), Accounts.PASSWORD, Accounts.PASSWORD)
                        .location())
                .contains("activated");
        assertThat(WebSession.loggedIn(port, username, Accounts.PASSWORD)
                        .get("/blocs")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anOfficerHasNoAccountPages() {
        WebSession officer = WebSession.loggedIn(port, "taichinh.langson");
        assertThat(officer.get("/accounts").status()).isEqualTo(403);
        assertThat(officer.get("/accounts/new").status()).isEqualTo(403);
        assertThat(officer.get("/account").status()).isEqualTo(200);
    }

    @Test
    void anImportIsAllOrNothingAndTwiceChangesNothingMore() throws IOException {
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        board.get("/accounts/import");
        String prefix = unique("nhap");
        byte[] withError = workbook(List.of(
                List.of(prefix + ".a", "Nguyễn Văn An", "Sở Tài chính", ""),
                List.of(prefix + ".b", "Trần Thị Bé", "so noi vu", prefix + "b@langson.gov.vn"),
                List.of(prefix + ".c", "Phạm Văn Cường", "Sở Không Có", "")));
        Page report = board.postFile("/accounts/import", Map.of(), "file", "can-bo.xlsx", withError);
        assertThat(report.body()).contains("Chưa tạo tài khoản nào", "không có đơn vị &quot;Sở Không Có&quot;");
        assertThat(accounts(prefix)).isZero();

        byte[] fixed = workbook(List.of(
                List.of(prefix + ".a", "Nguyễn Văn An", "Sở Tài chính", ""),
                List.of(prefix + ".b", "Trần Thị Bé", "so noi vu", prefix + "b@langson.gov.vn")));
        board.get("/accounts/import");
        Page done = board.postFile("/accounts/import", Map.of(), "file", "can-bo.xlsx", fixed);
        assertThat(done.body()).contains("Đã tạo 2 tài khoản; giữ nguyên 0.");
        assertThat(REPORTED_LINK.matcher(done.body()).results().count()).isEqualTo(2);
        // the unit as matched in the registry, beside what the file said
        assertThat(done.body())
                .contains("Sở Nội vụ (trong tệp: so noi vu)", "Trần Thị Bé (" + prefix + ".b): https://");
        assertThat(done.body()).containsPattern("\\.a\\): https://\\S+\n[^\n]*\\.b\\): https://");
        assertThat(accounts(prefix)).isEqualTo(2);

        board.get("/accounts/import");
        Page again = board.postFile("/accounts/import", Map.of(), "file", "can-bo.xlsx", fixed);
        assertThat(again.body()).contains("Đã tạo 0 tài khoản; giữ nguyên 2.");
        assertThat(accounts(prefix)).isEqualTo(2);

        WebSession otherBoard = WebSession.loggedIn(port, "ban.quangnam");
        otherBoard.get("/accounts/import");
        Page elsewhere = otherBoard.postFile(
                "/accounts/import",
                Map.of(),
                "file",
                "can-bo.xlsx",
                workbook(List.of(List.of(prefix + ".d", "Ngô Văn Dũng", "Sở Ngoại vụ", ""))));
        // Quảng Nam's board reads the list against Quảng Nam's own units only
        assertThat(elsewhere.body()).contains("Chưa tạo tài khoản nào");
        assertThat(accounts(prefix + ".d")).isZero();
    }

    @Test
    void aPasswordSetBySomeoneElseIsChangedAtFirstSignInBeforeAnythingElse() {
        String username = unique("doimk.");
        userAccounts.create(new UserAccounts.NewUser(
                username,
                "Mat khau tam thoi 2026",
                "Người đổi mật khẩu",
                Role.UNIT_OFFICER,
                null,
                new Registry(Api.as(port, "admin")).unit("lang-son", "Sở Tài chính"),
                null,
                true));
        WebSession person = WebSession.loggedIn(port, username, "Mat khau tam thoi 2026");
        assertThat(person.get("/blocs").location()).endsWith("/account/password");
        Page form = person.get("/account/password");
        assertThat(form.body()).contains("Mật khẩu hiện tại do người khác đặt");
        assertThat(person.postForm(
                                "/account/password",
                                Map.of("password", "Mat khau tam thoi 2026", "confirmation", "Mat khau tam thoi 2026"))
                        .body())
                .contains("phải khác mật khẩu hiện tại");
        Page changed = person.postForm(
                "/account/password", Map.of("password", Accounts.PASSWORD, "confirmation", Accounts.PASSWORD));
        assertThat(changed.location()).endsWith("/");
        assertThat(person.get("/blocs").status()).isEqualTo(200);
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(200);
        assertThat(audited(username)).contains("SIGN_IN", "PASSWORD_CHANGED");
    }

    /** An officer of Sở Tài chính Lạng Sơn, created by its board and activated with {@link Accounts#PASSWORD}. */
    private void activatedOfficer(String username) {
        Accounts.createActivated(
                port,
                Api.as(port, "ban.langson"),
                username,
                "UNIT_OFFICER",
                "unitId",
                new Registry(Api.as(port, "admin")).unit("lang-son", "Sở Tài chính"));
    }

    /** The secret of the enrolment page, read as a person types it into its app. */
    private static TotpSecret secretOn(Page enrolment) {
        Matcher secret =
                Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(enrolment.body());
        assertThat(secret.find()).isTrue();
        return TotpSecret.fromBase32(secret.group(1));
    }

    /** The audit log's actions on one account, oldest first. */
    private List<String> audited(String username) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject = :s ORDER BY id")
                .param("s", "tài khoản " + username)
                .query(String.class)
                .list();
    }

    @Test
    void aPersonEnrolsAnAuthenticatorAndThenSignsInWithItsCodeOrARecoveryCode() {
        String username = unique("haiyeuto.");
        activatedOfficer(username);
        WebSession person = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        Page offer = person.get("/account/two-factor");
        assertThat(offer.body()).contains("data:image/svg+xml;base64,");
        TotpSecret key = secretOn(offer);

        assertThat(person.postForm("/account/two-factor", Map.of("code", "000000"))
                        .body())
                .contains("Mã không đúng");
        long step = Totp.timeStep(clock.instant());
        Page enrolled = person.postForm("/account/two-factor", Map.of("code", Totp.code(key, step)));
        List<String> codes = Pattern.compile("<li class=\"col\">([A-Z0-9-]+)</li>")
                .matcher(enrolled.body())
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(codes).hasSize(10);
        assertThat(person.get("/account").body()).contains("Đã bật");

        WebSession again = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        assertThat(again.get("/blocs").location()).endsWith("/login/totp");
        assertThat(again.get("/login/totp").body()).contains("Mã xác thực");
        assertThat(again.postForm("/login/totp", Map.of("code", "123456")).body())
                .contains("Mã không đúng");
        // the code just used at enrolment cannot be used again
        assertThat(again.postForm("/login/totp", Map.of("code", Totp.code(key, step)))
                        .body())
                .contains("Mã không đúng");
        assertThat(again.postForm("/login/totp", Map.of("code", codes.get(0).toLowerCase()))
                        .location())
                .endsWith("/");
        assertThat(again.get("/blocs").status()).isEqualTo(200);
        // HTTP Basic cannot give a second factor: the API wants a service token for such accounts
        assertThat(Api.as(port, username, Accounts.PASSWORD)
                        .get("/api/v1/authorities")
                        .status())
                .isEqualTo(403);

        assertThat(audited(username)).contains("TWO_FACTOR_ENROLLED", "SECOND_FACTOR_FAILED");
        WebSession third = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        third.get("/login/totp");
        assertThat(third.postForm("/login/totp", Map.of("code", codes.get(0))).body())
                .contains("Mã không đúng");

        // half a minute later the app shows the next code, which signs in
        clock.advance(Duration.ofSeconds(30));
        try {
            String next = Totp.code(key, Totp.timeStep(clock.instant()));
            assertThat(third.postForm("/login/totp", Map.of("code", next.substring(0, 3) + " " + next.substring(3)))
                            .location())
                    .endsWith("/");
            assertThat(third.get("/blocs").status()).isEqualTo(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void fiveWrongCodesLockTheAccountAsFiveWrongPasswordsDo() {
        String username = unique("doanma.");
        activatedOfficer(username);
        WebSession person = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        TotpSecret key = secretOn(person.get("/account/two-factor"));
        person.postForm("/account/two-factor", Map.of("code", Totp.code(key, Totp.timeStep(clock.instant()))));

        // the guesser knows the password: signing in again does not give it five more tries
        WebSession guesser = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        guesser.get("/login/totp");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.postForm("/login/totp", Map.of("code", "00000" + i))
                            .body())
                    .contains("Mã không đúng");
        }
        guesser = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        guesser.get("/login/totp");
        assertThat(guesser.postForm("/login/totp", Map.of("code", "111111")).body())
                .contains("Mã không đúng");
        WebSession.Page fifth = guesser.postForm("/login/totp", Map.of("code", "222222"));
        assertThat(fifth.location()).endsWith("/login?error");
        // locked: the right password and the right code are both refused now
        WebSession late = new WebSession(port);
        assertThat(late.postForm("/login", Map.of("username", username, "password", Accounts.PASSWORD))
                        .location())
                .endsWith("/login?error");
        assertThat(jdbc.sql("SELECT locked_until > now() FROM app_user WHERE username = :u")
                        .param("u", username)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aPersonSeesItsSessionsAndSignsTheOthersOut() {
        String username = unique("phien.");
        activatedOfficer(username);
        WebSession office = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        WebSession home = WebSession.loggedIn(port, username, Accounts.PASSWORD);
        Page mine = office.get("/account");
        assertThat(mine.body()).contains("Phiên này", "Đăng xuất các phiên khác");
        assertThat(Pattern.compile("<tr>\\s*<td>")
                        .matcher(mine.body())
                        .results()
                        .count())
                .isEqualTo(2);
        assertThat(office.postForm("/account/sessions/end-others", Map.of()).location())
                .endsWith("/account");
        assertThat(home.get("/blocs").status()).isEqualTo(302);
        assertThat(office.get("/blocs").status()).isEqualTo(200);
        assertThat(audited(username)).contains("SESSIONS_ENDED");
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Cán bộ");
            var header = sheet.createRow(0);
            String[] titles = {"Tên đăng nhập", "Họ và tên", "Đơn vị", "Thư điện tử"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
