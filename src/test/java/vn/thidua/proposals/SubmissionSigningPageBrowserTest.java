package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;
import static vn.thidua.support.SigningFixture.keeps;
import static vn.thidua.support.SigningFixture.signWithKey;
import static vn.thidua.support.SigningFixture.temp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.SigningFixture;
import vn.thidua.support.WebSession;

/**
 * Issue 22, the tờ trình: the board member who submits the board's own proposal signs its tờ trình on
 * the proposal's page once submitted; a unit of the bloc may not, and the signed file is what everyone
 * downloads.
 */
@IntegrationTest
class SubmissionSigningPageBrowserTest extends BrowserTestBase {

    static final String BOARD_NAME = "Phạm Thị Trình";

    @RegisterExtension
    static final SigningFixture pki = new SigningFixture();

    @Autowired
    UserAccounts accounts;

    @Test
    void theBoardMemberWhoSubmitsSignsTheSubmission() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        String member = Registry.unique("trinh").replace(' ', '-').toLowerCase();
        accounts.create(new UserAccounts.NewUser(
                member, Api.DEMO_PASSWORD, BOARD_NAME, Role.BOARD, bloc.authorityId(), null, null));
        ProposalClient board = ProposalClient.as(port, member);
        long unit = bloc.unit(1);
        long id = board.post(
                        "/api/v1/proposals",
                        json(
                                "blocYearId",
                                bloc.yearId(),
                                "level",
                                "BOARD",
                                "title",
                                "Ban đề nghị khen thưởng năm " + bloc.year(),
                                "commendationType",
                                "THUONG_XUYEN"))
                .expect(200, 201)
                .id();
        String p = "/api/v1/proposals/" + id;
        board.post(p + "/candidates", json("kind", "COLLECTIVE", "unitId", unit, "award", "BK_TINH"))
                .expect(200, 201);
        board.reportOnEveryCandidate(p, bloc);
        board.post(p + "/submit", json("justification", "Đơn vị có thành tích xuất sắc."))
                .expect(200);
        String page = "/proposals/" + id;
        String doc = p + "/documents/to-trinh.pdf";
        byte[] unsigned = Api.as(port, member).bytes(doc);

        TestPki.Person key = pki.person(BOARD_NAME);
        // an officer of the candidate unit reads the proposal but does not sign its tờ trình
        WebSession officer = WebSession.loggedIn(port, bloc.officer(1));
        assertThat(officer.get(page).body()).doesNotContain("submission-signing");
        assertThat(signWithKey(officer, page + "/documents/to-trinh", key).status())
                .isEqualTo(403);

        Path p12 = temp("ban", ".p12", key.pkcs12());
        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(member, "http://localhost:" + port + page, page);
        screenshots(browser, "submission-to-sign");
        steps.signWithKey("submission", p12, TestPki.PASSWORD);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("submission-signed")));
        assertThat(browser.findElement(By.id("submission-signed")).getText())
                .contains("Đã ký số")
                .contains("Ký số bởi " + BOARD_NAME);
        assertThat(browser.findElements(By.id("submission-signing"))).isEmpty();
        screenshots(browser, "submission-signed");
        byte[] signed = Api.as(port, bloc.officer(1)).bytes(doc);
        assertThat(signed).isNotEqualTo(unsigned);
        assertThat(keeps(signed, unsigned)).isTrue();

        // returned to be redone: the signed tờ trình no longer stands; once resubmitted it is signed anew
        board.post(p + "/return", json("reason", "Bổ sung báo cáo thành tích.")).expect(200);
        assertThat(Api.as(port, member).bytes(doc)).isNotEqualTo(signed);
        assertThat(board.get(p).json().get("status").asString()).isEqualTo("RETURNED");
        board.post(p + "/submit", json("justification", "Đã bổ sung báo cáo thành tích."))
                .expect(200);
        WebSession signer = WebSession.loggedIn(port, member);
        assertThat(signer.get(page).body()).contains("submission-signing");
        assertThat(signWithKey(signer, page + "/documents/to-trinh", key).status())
                .isEqualTo(302);
        byte[] resigned = Api.as(port, bloc.officer(1)).bytes(doc);
        assertThat(resigned).isNotEqualTo(signed);
    }

    private static void screenshots(ChromeDriver browser, String name) throws Exception {
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.executeScript("document.getElementById('dossier').scrollIntoView({block: 'start'});");
            Files.write(Path.of("target", name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
