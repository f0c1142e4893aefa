package vn.thidua.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.Api.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ThiDuaApplication;
import vn.thidua.platform.db.EmbeddedCredentials;
import vn.thidua.support.Accounts;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/**
 * The audit log: what it records, who reads which rows, and a chain that names the first row altered behind its back.
 */
@IntegrationTest
class AuditLogIntegrationTest extends ApplicationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    EmbeddedPostgres database;

    @Autowired
    EmbeddedCredentials credentials;

    @Autowired
    TestClock clock;

    private List<String> actionsOn(String subject) {
        return jdbc.sql("SELECT action FROM audit_event WHERE subject = :s ORDER BY id")
                .param("s", subject)
                .query(String.class)
                .list();
    }

    private long langSon() {
        return new Registry(Api.as(port, "admin")).authority("lang-son");
    }

    @Test
    void signInsLocksAndAccountChangesAreRecordedInTheBoardsScope() {
        Api board = Api.as(port, "ban.langson");
        long unit = new Registry(Api.as(port, "admin")).unit("lang-son", "Sở Tài chính");
        String username = "nhatky." + System.nanoTime();
        long id = Accounts.createActivated(port, board, username, "UNIT_OFFICER", "unitId", unit);
        WebSession.loggedIn(port, username, Accounts.PASSWORD);
        for (int i = 0; i < 5; i++) {
            Api.as(port, username, "sai-" + i).get("/api/v1/authorities");
        }
        board.patch("/api/v1/users/" + id, json("unlock", true, "fullName", "Người ghi nhật ký"));
        board.post("/api/v1/users/" + id + "/reset", "");
        assertThat(actionsOn("tài khoản " + username))
                .containsExactly(
                        "ACCOUNT_CREATED",
                        "ACCOUNT_ACTIVATED",
                        "SIGN_IN",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "ACCOUNT_LOCKED",
                        "ACCOUNT_CHANGED",
                        "ACCOUNT_LINK_ISSUED");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE subject = :s AND action = 'ACCOUNT_CHANGED'")
                        .param("s", "tài khoản " + username)
                        .query(String.class)
                        .single())
                .contains("mở khóa đăng nhập", "họ tên: Người dùng " + username + " → Người ghi nhật ký");

        // an unknown name is recorded as typed, with no account behind it
        Api.as(port, "khong.ai.ca", "x").get("/api/v1/authorities");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE actor_name = 'khong.ai.ca' AND action = 'SIGN_IN_FAILED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // the board reads its own authority's rows, and only those
        List<Long> scopes = board.get("/api/v1/audit?actor=" + username)
                .json()
                .valueStream()
                .map(row -> row.get("authorityId").asLong())
                .toList();
        assertThat(scopes).isNotEmpty().containsOnly(langSon());
        assertThat(Api.as(port, "ban.quangnam")
                        .get("/api/v1/audit?actor=" + username)
                        .json())
                .isEmpty();
        assertThat(Api.as(port, "admin").get("/api/v1/audit?actor=" + username).json())
                .isNotEmpty();
        assertThat(Api.as(port, "taichinh.langson").get("/api/v1/audit").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "admin").get("/api/v1/audit?action=KHONG_CO").status())
                .isEqualTo(400);

        WebSession page = WebSession.loggedIn(port, "ban.langson");
        assertThat(page.get("/audit?actor=" + username).body())
                .contains("Tạm khóa tài khoản do sai nhiều lần", "Kích hoạt tài khoản");
    }

    @Test
    void aServiceTokenAndAParameterChangeAreRecorded() {
        Api board = Api.as(port, "ban.langson");
        var created = board.post(
                "/api/v1/service-accounts",
                json("name", "Hệ thống ghi nhật ký", "role", "BOARD", "authorityId", langSon()));
        String username = created.json().get("account").get("username").asString();
        board.delete("/api/v1/service-accounts/"
                + created.json().get("account").get("id").asLong());
        assertThat(actionsOn("tài khoản dịch vụ " + username))
                .containsExactly("SERVICE_TOKEN_ISSUED", "SERVICE_TOKEN_REVOKED");
        String token = created.json().get("token").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE detail LIKE :t")
                        .param("t", "%" + token.substring(9) + "%")
                        .query(Integer.class)
                        .single())
                .as("the token itself is never written")
                .isZero();
    }

    @Test
    void theExportIsAnExcelOfTheRowsTheReaderMayRead() throws Exception {
        WebSession board = WebSession.loggedIn(port, "ban.langson");
        board.get("/audit");
        byte[] xlsx = board.download("/audit/export.xlsx?action=SIGN_IN");
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Sự kiện");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("Đăng nhập");
            }
        }
        assertThat(WebSession.loggedIn(port, "taichinh.langson").get("/audit").status())
                .isEqualTo(403);
    }

    @Test
    void nobodyRewritesARowThroughTheApplicationsDatabaseRights() {
        long row = jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET detail = 'sửa' WHERE id = :id")
                        .param("id", row)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id")
                        .param("id", row)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aRowAlteredOrRemovedBehindTheApplicationsBackIsNamedByAuditVerify() {
        Api.as(port, "khong.ai.ca.2", "x").get("/api/v1/authorities");
        assertThat(audit.verify())
                .extracting(AuditLog.Verification::intact)
                .as(audit.verify().toString())
                .isEqualTo(true);
        var target = jdbc.sql("SELECT id, detail FROM audit_event WHERE actor_name = 'khong.ai.ca.2'")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .single();
        String[] db = {
            "--thidua.db.url="
                    + database.getJdbcUrl(EmbeddedCredentials.APPLICATION_ROLE, EmbeddedCredentials.DATABASE),
            "--thidua.db.user=" + EmbeddedCredentials.APPLICATION_ROLE,
            "--thidua.db.password=" + credentials.applicationPassword(),
            "--server.port=0"
        };
        // a database superuser gets past the trigger; the chain still tells
        superuser("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
        try {
            superuser("UPDATE audit_event SET detail = 'không có gì' WHERE id = " + target.getKey());
            AuditLog.Verification altered = audit.verify();
            assertThat(altered.intact()).isFalse();
            assertThat(altered.firstBadId()).isEqualTo(target.getKey());
            assertThat(AuditVerifyCommand.run(ThiDuaApplication.class, db)).isEqualTo(1);

            superuser("UPDATE audit_event SET detail = '" + target.getValue().replace("'", "''") + "' WHERE id = "
                    + target.getKey());
            assertThat(audit.verify().intact()).isTrue();
            assertThat(AuditVerifyCommand.run(ThiDuaApplication.class, db)).isZero();
        } finally {
            superuser("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
        }
    }

    @Test
    void rowsPastTheRetentionAreRemovedAndThePurgeKeepsTheChainWhole() {
        Api.as(port, "khong.ai.ca.3", "x").get("/api/v1/authorities");
        clock.advance(Duration.ofSeconds(2));
        try {
            int removed = audit.purgeBefore(clock.instant());
            assertThat(removed).isPositive();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_name = 'khong.ai.ca.3'")
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT action FROM audit_event ORDER BY id LIMIT 1")
                            .query(String.class)
                            .single())
                    .isEqualTo("AUDIT_PURGED");
            assertThat(audit.verify().intact()).isTrue();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aRetentionUnderNinetyDaysIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new AuditRetention(audit, clock, 30)).hasMessageContaining("at least 90");
    }

    private void superuser(String sql) {
        try (var connection = database.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
