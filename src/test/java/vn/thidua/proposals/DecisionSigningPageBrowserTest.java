package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.SigningFixture.altered;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.SigningFixture;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/**
 * Issue 22 on the proposal's page: the decider signs the issued decision with its PKCS#12 file, or
 * uploads a copy signed outside; each refusal is its message on the page with nothing kept; the board
 * sees the decision signed and no form, and a forged signing by the board is forbidden.
 */
@IntegrationTest
class DecisionSigningPageBrowserTest extends BrowserTestBase {

    static final String SOMEONE_ELSE = "Trần Văn Khác";

    @RegisterExtension
    static final SigningFixture pki = new SigningFixture();

    @Autowired
    TestClock clock;

    @Test
    void theDeciderSignsOnThePageAfterItsRefusalsAndTheBoardSeesItSigned() throws Exception {
        IssuedDecision.Issued issued = IssuedDecision.inNewBloc(port, fixture, clock, "Hoàng Thị Lan");
        String page = issued.page();
        String doc = issued.document() + ".pdf";
        byte[] unsigned = Api.as(port, issued.decider()).bytes(doc);

        // the board reads the page without the forms, and a signing it forges is forbidden
        WebSession board = WebSession.loggedIn(port, issued.bloc().board());
        assertThat(board.get(page).body()).contains("id=\"decision\"").doesNotContain("decision-signing");
        assertThat(signWithKey(board, page + "/documents/quyet-dinh", pki.person(IssuedDecision.DECIDER_NAME))
                        .status())
                .isEqualTo(403);

        Path mine = temp(
                "quyet-dinh", ".p12", pki.person(IssuedDecision.DECIDER_NAME).pkcs12());
        Path other = temp("nguoi-khac", ".p12", pki.person(SOMEONE_ELSE).pkcs12());
        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(issued.decider(), "http://localhost:" + port + page, page);
        assertThat(steps.browser().findElements(By.id("decision-sign-pin")))
                .as("no token configured")
                .isEmpty();
        screenshots(browser, "decision-to-sign");

        steps.signWithKey("decision", mine, "sai-mat-khau");
        assertThat(steps.errors()).contains("mật khẩu tệp chứng thư số hoặc mã PIN");
        assertThat(browser.getPageSource()).doesNotContain("sai-mat-khau");
        assertThat(browser.findElement(By.id("decision-sign-password")).getAttribute("value"))
                .isEmpty();

        steps.signWithKey("decision", other, TestPki.PASSWORD);
        assertThat(steps.errors()).contains("Chứng thư số không phải của " + IssuedDecision.DECIDER_NAME);

        steps.browser()
                .findElement(By.id("decision-signed-file"))
                .sendKeys(temp("khac", ".pdf", altered(unsigned)).toString());
        steps.click(By.id("decision-upload-signed-submit"));
        assertThat(steps.errors()).contains("không phải là văn bản đã phát hành");
        assertThat(Api.as(port, issued.decider()).bytes(doc)).isEqualTo(unsigned);

        steps.signWithKey("decision", mine, TestPki.PASSWORD);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-signed")));
        assertThat(steps.browser().findElement(By.id("decision-signed")).getText())
                .contains("Đã ký số")
                .contains("ký số bởi " + IssuedDecision.DECIDER_NAME + " lúc ");
        assertThat(steps.browser().findElements(By.id("decision-signing"))).isEmpty();
        screenshots(browser, "decision-signed");

        byte[] signed = Api.as(port, issued.bloc().board()).bytes(doc);
        assertThat(signed).isNotEqualTo(unsigned);
        assertThat(keeps(signed, unsigned)).isTrue();
        assertThat(board.get(page).body()).contains("decision-signed").doesNotContain("decision-signing");
    }

    @Test
    void aCopySignedOutsideIsUploadedOnThePage() throws Exception {
        IssuedDecision.Issued issued = IssuedDecision.inNewBloc(port, fixture, clock, "Lê Văn Minh");
        String page = issued.page();
        String doc = issued.document() + ".pdf";
        byte[] unsigned = Api.as(port, issued.decider()).bytes(doc);
        byte[] outside = pki.signOutside(unsigned, IssuedDecision.DECIDER_NAME);

        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(issued.decider(), "http://localhost:" + port + page, page);
        steps.browser()
                .findElement(By.id("decision-signed-file"))
                .sendKeys(temp("da-ky", ".pdf", outside).toString());
        steps.click(By.id("decision-upload-signed-submit"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-signed")));
        assertThat(steps.browser().findElement(By.id("decision-signed")).getText())
                .contains("ký ngoài hệ thống bởi " + IssuedDecision.DECIDER_NAME);
        assertThat(Api.as(port, issued.decider()).bytes(doc)).isEqualTo(outside);
    }

    @Test
    void theBoardAddsTheIssuingBodysSignatureOnThePageOnceTheDeciderSigned() throws Exception {
        IssuedDecision.Issued issued = IssuedDecision.inNewBloc(port, fixture, clock, "Đinh Thị Hoa");
        String page = issued.page();
        String doc = issued.document();
        String bodyName = issued.issuingBody(port);
        TestPki.Person body = pki.person(bodyName);
        signWithKey(Api.as(port, issued.decider()), doc, pki.person(IssuedDecision.DECIDER_NAME))
                .expect(200);
        byte[] byDecider = Api.as(port, issued.decider()).bytes(doc + ".pdf");

        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(issued.bloc().board(), "http://localhost:" + port + page, page);
        WebElement form = browser.findElement(By.id("organisation-holder"));
        assertThat(form.getText())
                .as("the board is told whose certificate the body's signature takes")
                .contains(bodyName);
        assertThat(browser.findElement(By.id("decision-places")).getText())
                .contains("Người quyết định")
                .contains("Cơ quan ban hành")
                .contains("Chờ ký");
        screenshots(browser, "decision-body-to-sign", "decision-places");

        steps.signWithKey(
                "organisation",
                temp("nguoi-khac", ".p12", pki.person(SOMEONE_ELSE).pkcs12()),
                TestPki.PASSWORD);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decision-signatures #errors")));
        assertThat(browser.findElement(By.cssSelector("#decision-signatures #errors"))
                        .getText())
                .as("the refusal beside the form the page comes back to")
                .contains("Chứng thư số không phải của người đang chờ ký")
                .contains(bodyName);
        assertThat(Api.as(port, issued.decider()).bytes(doc + ".pdf")).isEqualTo(byDecider);
        screenshots(browser, "decision-body-refused", "decision-signatures");

        steps.signWithKey("organisation", temp("co-quan", ".p12", body.pkcs12()), TestPki.PASSWORD);
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.id("organisation-signing")));
        browser.manage().window().setSize(new Dimension(390, 900));
        String places = browser.findElement(By.id("decision-places")).getText();
        assertThat(places).doesNotContain("Chờ ký");
        assertThat(places.split("Đã ký số", -1)).as("both places signed").hasSize(3);
        assertThat(places).contains("ký số bởi " + bodyName);
        screenshots(browser, "decision-body-signed", "decision-places");

        byte[] both = Api.as(port, issued.decider()).bytes(doc + ".pdf");
        assertThat(keeps(both, byDecider))
                .as("the body's signature added after the decider's, which stays")
                .isTrue();
        assertThat(both.length).isGreaterThan(byDecider.length);
    }

    private static void screenshots(ChromeDriver browser, String name) throws Exception {
        screenshots(browser, name, "actions");
    }

    private static void screenshots(ChromeDriver browser, String name, String at) throws Exception {
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", at);
            Files.write(Path.of("target", name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
