package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.audit.AuditQuery;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/**
 * Issue 19, point 6: a board recording a year four years back marks it as entered afterwards (nhập bổ sung) once
 * its conference is past; from then its objection window and công khai count as over at once, and its pages say
 * so. The current year cannot be marked and keeps its real clocks; only the bloc's board marks, audited.
 */
@IntegrationTest
class EnteredAfterwardsBrowserTest extends BrowserTestBase {

    @Autowired
    Clock clock;

    @Autowired
    AuditLog audit;

    ChromeDriver browser;

    @Test
    void aPastYearIsEnteredAfterwardsWithoutWaitingWhileTheCurrentYearKeepsItsClocks() throws Exception {
        int thisYear = LocalDate.now(clock).getYear();
        BlocFixture.Bloc past = fixture.create(3, thisYear - 4);
        fixture.council(past, 3);
        fixture.rank(port, past, new double[][] {{9, 18, 9}, {8, 17, 8}, {7, 16, 7}});
        Api board = Api.as(port, past.board());
        assertThat(board.post(past.path("/lock"), BlocFixture.roundVersion(board, past))
                        .body())
                .as("unmarked, the year waits for its objection window as before")
                .contains("lock.windowOpen");

        // the current year: its conference is ahead, so it keeps its real clocks
        BlocFixture.Bloc current = fixture.create(2, thisYear);
        Api currentBoard = Api.as(port, current.board());
        conference(currentBoard, current, (thisYear + 1) + "-01-15");
        Api.Response refused = currentBoard.post(current.path("/afterwards"), json("reason", "Thử đánh dấu năm nay"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("afterwards.currentYear");
        // nor by typing its conference as held already: the current year is never entered afterwards
        Api.Response typedPast = currentBoard.put(
                current.path("/conference"),
                json(
                        "heldOn",
                        thisYear + "-01-01",
                        "place",
                        "Hội trường tỉnh",
                        "chair",
                        "Chủ tịch Hội nghị",
                        "version",
                        currentBoard
                                .get(current.path("/conference"))
                                .expect(200)
                                .json()
                                .get("version")
                                .asLong()));
        assertThat(typedPast.status()).as(typedPast.body()).isEqualTo(200);
        assertThat(currentBoard
                        .post(current.path("/afterwards"), json("reason", "Thử đánh dấu năm nay"))
                        .body())
                .contains("afterwards.currentYear");

        Api.Response noConference = board.post(past.path("/afterwards"), json("reason", "Số hóa hồ sơ năm cũ"));
        assertThat(noConference.status()).isEqualTo(409);
        assertThat(noConference.body()).contains("afterwards.noConference");
        conference(board, past, (thisYear - 3) + "-01-20");
        Api.Response leader = Api.as(port, past.officer(0))
                .post(past.path("/afterwards"), json("reason", "Đơn vị trưởng thử đánh dấu"));
        assertThat(leader.status()).as("the leading unit does not mark").isEqualTo(403);
        assertThat(Api.as(port, current.board())
                        .post(past.path("/afterwards"), json("reason", "Ban tỉnh khác thử đánh dấu"))
                        .status())
                .as("nor another province's board")
                .isEqualTo(403);

        // the board marks it on the year's page; a missing reason is said beside the form, which stays open
        browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        String workspace = "http://localhost:" + port + "/bloc-years/" + past.yearId();
        steps.signIn(past.board(), workspace, "/bloc-years/");
        assertThat(browser.findElements(By.id("entered-afterwards"))).isEmpty();
        browser.findElement(By.cssSelector("#afterwards-form summary")).click();
        steps.clickAndAccept(By.id("afterwards-submit"));
        assertThat(browser.findElement(By.cssSelector("main .alert-danger")).getText())
                .contains("Hãy ghi lý do nhập bổ sung");
        assertThat(browser.findElement(By.id("afterwards-reason")).isDisplayed())
                .isTrue();
        browser.findElement(By.id("afterwards-reason")).sendKeys("Số hóa hồ sơ thi đua năm " + past.year());
        steps.clickAndAccept(By.id("afterwards-submit"));
        assertThat(browser.findElement(By.id("entered-afterwards")).getText())
                .contains("Nhập bổ sung")
                .contains("coi là đã hết")
                .contains("Số hóa hồ sơ thi đua năm " + past.year());
        assertThat(browser.findElements(By.id("afterwards-form"))).isEmpty();
        shot("workspace", 1366);
        shot("workspace", 390);
        browser.manage().window().setSize(new Dimension(1366, 900));
        assertThat(board.post(past.path("/afterwards"), json("reason", "Đánh dấu lần hai"))
                        .body())
                .contains("afterwards.already");
        // its conference day, which closed the windows, stays as it was
        Api.Response moved = board.put(
                past.path("/conference"),
                json(
                        "heldOn",
                        (thisYear - 3) + "-02-20",
                        "place",
                        "Hội trường tỉnh",
                        "chair",
                        "Chủ tịch Hội nghị",
                        "version",
                        board.get(past.path("/conference"))
                                .expect(200)
                                .json()
                                .get("version")
                                .asLong()));
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.body()).contains("afterwards.conferenceFixed");
        assertThat(audit.search(
                        new AuditQuery(null, null, past.board(), AuditAction.BLOC_YEAR_ENTERED_AFTERWARDS),
                        past.authorityId(),
                        10))
                .singleElement()
                .satisfies(row -> assertThat(row.detail()).contains("Số hóa hồ sơ thi đua năm " + past.year()));

        // its documents say so
        byte[] report = WebSession.loggedIn(port, past.board())
                .download("/bloc-years/" + past.yearId() + "/documents/summary.pdf?date=" + (thisYear - 3)
                        + "-01-20&place=Tinh");
        try (PDDocument pdf = Loader.loadPDF(report)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("được nhập bổ sung ngày")
                    .contains("Số hóa hồ sơ thi đua năm " + past.year());
        }

        // its objection window is over at once: no objection, and the board locks today
        Api.Response objection = Api.as(port, past.officer(1))
                .post(
                        past.path("/objections"),
                        json("reason", "Đề nghị xem lại điểm", "version", version(board, past)));
        assertThat(objection.status()).isEqualTo(409);
        assertThat(objection.body()).contains("objection.windowClosed");
        assertThat(board.post(past.path("/lock"), BlocFixture.roundVersion(board, past))
                        .status())
                .isEqualTo(200);

        // its công khai is over at once: the list goes to the council without waiting PUBLIC_COMMENT_DAYS
        ProposalClient proposer = ProposalClient.as(port, past.officer(1));
        ProposalClient reviewer = ProposalClient.as(port, past.board());
        long id = proposer.draft(past, past.unit(1));
        String p = "/api/v1/proposals/" + id;
        JsonNode drafted = proposer.post(
                        p + "/candidates", json("kind", "COLLECTIVE", "unitId", past.unit(1), "award", "BK_TINH"))
                .expect(200, 201)
                .json();
        long candidate = drafted.get("candidates").get(0).get("id").asLong();
        proposer.put(
                        p + "/candidates/" + candidate + "/report",
                        json("narrative", "Hoàn thành xuất sắc nhiệm vụ năm " + past.year() + "."))
                .expect(200);
        proposer.post(p + "/submit", json("justification", "")).expect(200);
        reviewer.post(p + "/start-review", "{}").expect(200);
        reviewer.put(
                        p + "/candidates/" + candidate + "/checklist",
                        json("dossier", true, "criteria", true, "quota", true))
                .expect(200);
        assertThat(reviewer.post(p + "/publish", "{}").json().get("status").asString())
                .isEqualTo("PUBLIC_COMMENT");
        assertThat(reviewer.post(p + "/close-public-comment", "{}")
                        .json()
                        .get("status")
                        .asString())
                .as("no day waited")
                .isEqualTo("COUNCIL");
        browser.get("http://localhost:" + port + "/proposals/" + id);
        assertThat(browser.findElement(By.id("entered-afterwards")).getText()).isEqualTo("Năm nhập bổ sung");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("công khai ngoài hệ thống");
        shot("proposal", 1366);
    }

    private static void conference(Api board, BlocFixture.Bloc bloc, String heldOn) {
        board.put(
                        bloc.path("/conference"),
                        json("heldOn", heldOn, "place", "Hội trường tỉnh", "chair", "Chủ tịch Hội nghị"))
                .expect(200);
    }

    private static long version(Api api, BlocFixture.Bloc bloc) {
        return api.get(bloc.path("/scoring")).expect(200).json().get("version").asLong();
    }

    private void shot(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        Files.write(
                Path.of("/tmp", "codes-afterwards-" + name + "-" + width + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }
}
