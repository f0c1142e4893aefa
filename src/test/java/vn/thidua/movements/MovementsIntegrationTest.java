package vn.thidua.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.audit.AuditQuery;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/**
 * Issue 21, movements: a board records a movement through the page (a wrong form comes back as typed, each message
 * beside its field, nothing written), launches it once its document is there, closes it once its results are; every
 * write is audited; its units read it, another province's board neither reads nor writes it.
 */
@IntegrationTest
class MovementsIntegrationTest extends ApplicationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Test
    void aBoardRecordsLaunchesAndClosesAMovementItsUnitsRead() {
        int year = LocalDate.now(clock).getYear();
        BlocFixture.Bloc bloc = fixture.create(2, year);
        WebSession board = WebSession.loggedIn(port, bloc.board());
        assertThat(board.get("/movements/new").status()).isEqualTo(200);

        Map<String, Object> form = form("Thi đua chuyển đổi số năm " + year, year);
        form.put("periodTo", (year - 1) + "-12-31");
        form.put("collectivesCommended", "ba");
        form.put("name", " ");
        WebSession.Page refused = follow(board, "/movements", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Nhập tên phong trào.")
                .contains("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.")
                .contains("Số &quot;ba&quot; không đúng")
                .contains("value=\"" + (year - 1) + "-12-31\"")
                .contains("Kế hoạch 12/KH-UBND");
        assertThat(movements(bloc.authorityId())).isZero();

        form = form("Thi đua chuyển đổi số năm " + year, year);
        form.put("documentNumber", "");
        WebSession.Page created = follow(board, "/movements", form);
        assertThat(created.status()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceAll(".*/movements/", ""));
        assertThat(board.get("/movements/" + id).body()).contains("Chưa phát động");

        // launching needs the document's number
        WebSession.Page launch = follow(board, "/movements/" + id + "/launch", Map.of("version", 0));
        assertThat(launch.status()).isEqualTo(302);
        assertThat(launch.body()).contains("Nhập số văn bản phát động trước khi phát động.");
        assertThat(status(id)).isEqualTo("DRAFT");

        form.put("documentNumber", "12/KH-UBND");
        form.put("version", 0);
        assertThat(follow(board, "/movements/" + id, form).status()).isEqualTo(302);
        assertThat(follow(board, "/movements/" + id + "/launch", Map.of("version", 1))
                        .status())
                .isEqualTo(302);
        assertThat(status(id)).isEqualTo("LAUNCHED");

        // a stale form is told so, before anything else is checked
        assertThat(follow(board, "/movements/" + id + "/close", Map.of("version", 1))
                        .body())
                .contains("vừa được người khác thay đổi");

        // closing needs the results
        assertThat(follow(board, "/movements/" + id + "/close", Map.of("version", 2))
                        .body())
                .contains("Nhập kết quả tổng kết trước khi kết thúc phong trào.");
        form.put("version", 2);
        form.put("resultSummary", "45 đơn vị hoàn thành chuyển đổi số.");
        form.put("collectivesCommended", "3");
        form.put("individualsCommended", "7");
        form.put("awardDecisions", "Số 15/QĐ-UBND ngày 20/12/" + year);
        assertThat(follow(board, "/movements/" + id, form).status()).isEqualTo(302);
        assertThat(follow(board, "/movements/" + id + "/close", Map.of("version", 3))
                        .status())
                .isEqualTo(302);
        assertThat(status(id)).isEqualTo("CLOSED");
        // closed: kept as reported
        form.put("version", 4);
        form.put("individualsCommended", "70");
        assertThat(follow(board, "/movements/" + id, form).body()).contains("Phong trào đã kết thúc");
        assertThat(jdbc.sql("SELECT individuals_commended FROM movement WHERE id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(7);

        assertThat(audit.search(new AuditQuery(null, null, bloc.board(), null), bloc.authorityId(), 20))
                .extracting(row -> row.action())
                .contains(
                        AuditAction.MOVEMENT_SAVED.name(),
                        AuditAction.MOVEMENT_LAUNCHED.name(),
                        AuditAction.MOVEMENT_CLOSED.name());

        // its units read it, page and API
        Api officer = Api.as(port, bloc.officer(0));
        var listed = officer.get("/api/v1/movements?year=" + year).expect(200).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asString()).isEqualTo("CLOSED");
        assertThat(listed.get(0).get("individualsCommended").asInt()).isEqualTo(7);
        assertThat(WebSession.loggedIn(port, bloc.officer(0)).get("/movements").body())
                .contains("Thi đua chuyển đổi số năm " + year)
                .doesNotContain("id=\"movement-new\"");
        // ...but do not write
        WebSession unit = WebSession.loggedIn(port, bloc.officer(0));
        unit.get("/movements");
        assertThat(unit.postForm("/movements", form("Của đơn vị", year)).status())
                .isEqualTo(403);

        // another province's board: not found, refused, and its form without a CSRF token refused
        BlocFixture.Bloc other = fixture.create(2, year);
        Api otherBoard = Api.as(port, other.board());
        otherBoard.get("/api/v1/movements/" + id).expect(404);
        assertThat(otherBoard
                        .get("/api/v1/movements?authority=" + bloc.authorityId())
                        .expect(403)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("movement.readRefused");
        WebSession stranger = WebSession.loggedIn(port, other.board());
        assertThat(stranger.get("/movements/" + id).status()).isEqualTo(404);
        stranger.get("/movements");
        assertThat(stranger.postForm("/movements/" + id + "/close", Map.of("version", 4))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.postRaw("/movements", form("Không có CSRF", year)).status())
                .isEqualTo(403);
    }

    /** Posts as a browser does: a redirect is followed, so that the message it carries is read once, there. */
    private static WebSession.Page follow(WebSession session, String path, Map<String, ?> fields) {
        WebSession.Page page = session.postForm(path, fields);
        if (page.status() == 302) {
            WebSession.Page next = session.get(page.location().replaceAll("^https?://[^/]+", ""));
            return new WebSession.Page(302, next.body(), page.location());
        }
        return page;
    }

    private Map<String, Object> form(String name, int year) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("kind", "CHUYEN_DE");
        form.put("scope", "AUTHORITY");
        form.put("launcher", "AUTHORITY");
        form.put("documentNumber", "Kế hoạch 12/KH-UBND");
        form.put("documentDate", "01/03/" + year);
        form.put("signer", "Chủ tịch UBND tỉnh");
        form.put("launchedOn", year + "-03-05");
        form.put("periodFrom", year + "-03-01");
        form.put("periodTo", year + "-12-31");
        form.put("participants", "Các sở, ban, ngành");
        form.put("resultSummary", "");
        form.put("collectivesCommended", "");
        form.put("individualsCommended", "");
        form.put("awardDecisions", "");
        form.put("version", 0);
        return form;
    }

    private int movements(long authority) {
        return jdbc.sql("SELECT count(*) FROM movement WHERE authority_id = :a")
                .param("a", authority)
                .query(Integer.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM movement WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
