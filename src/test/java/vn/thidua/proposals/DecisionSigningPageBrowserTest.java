package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.signatures.Appearance;
import vn.thidua.signatures.PadesSigner;
import vn.thidua.signatures.SigningKey;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/**
 * Issue 22 on the proposal's page: the decider signs the issued decision with its PKCS#12 file, or
 * uploads a copy signed outside; each refusal is its message on the page with nothing kept; the board
 * sees the decision signed and no form, and a forged signing by the board is forbidden.
 */
@IntegrationTest
class DecisionSigningPageBrowserTest {

    static final String DECIDER_NAME = "Người ký quyết định";
    static TestPki pki;
    static TestPki.Person deciderKey;
    static TestPki.Person someoneElse;

    @LocalServerPort
    int port;

    @Autowired
    BlocFixture fixture;

    @Autowired
    TestClock clock;

    @RegisterExtension
    final Chromium.PerTest chromium = new Chromium.PerTest();

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Test Root CA");
        deciderKey = pki.person(DECIDER_NAME, null);
        someoneElse = pki.person("Trần Văn Khác", null);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @Test
    void theDeciderSignsOnThePageAfterItsRefusalsAndTheBoardSeesItSigned() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        String decider = fixture.decider(bloc);
        long id = IssuedDecision.issue(port, fixture, clock, bloc, "Hoàng Thị Lan", decider);
        String page = "/proposals/" + id;
        String doc = "/api/v1/proposals/" + id + "/documents/quyet-dinh.pdf";
        byte[] unsigned = Api.as(port, decider).bytes(doc);

        // the board reads the page without the forms, and a signing it forges is forbidden
        WebSession board = WebSession.loggedIn(port, bloc.board());
        assertThat(board.get(page).body()).contains("id=\"decision\"").doesNotContain("decision-signing");
        assertThat(board.postFile(
                                page + "/documents/quyet-dinh/signature",
                                Map.of("password", TestPki.PASSWORD),
                                "p12",
                                "k.p12",
                                deciderKey.pkcs12())
                        .status())
                .isEqualTo(403);

        Path mine = temp("quyet-dinh", ".p12", deciderKey.pkcs12());
        Path other = temp("nguoi-khac", ".p12", someoneElse.pkcs12());
        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(decider, "http://localhost:" + port + page, page);
        assertThat(steps.browser().findElements(By.id("decision-sign-pin")))
                .as("no token configured")
                .isEmpty();
        screenshots(browser, "decision-to-sign");

        sign(steps, mine, "sai-mat-khau");
        assertThat(error(steps, waiting)).contains("mật khẩu tệp chứng thư số hoặc mã PIN");
        assertThat(browser.getPageSource()).doesNotContain("sai-mat-khau");
        assertThat(browser.findElement(By.id("decision-sign-password")).getAttribute("value"))
                .isEmpty();

        sign(steps, other, TestPki.PASSWORD);
        assertThat(error(steps, waiting)).contains("Chứng thư số không phải của " + DECIDER_NAME);

        steps.browser()
                .findElement(By.id("decision-signed-file"))
                .sendKeys(temp("khac", ".pdf", altered(unsigned)).toString());
        steps.click(By.id("decision-upload-signed-submit"));
        assertThat(error(steps, waiting)).contains("không phải là văn bản đã phát hành");
        assertThat(Api.as(port, decider).bytes(doc)).isEqualTo(unsigned);

        sign(steps, mine, TestPki.PASSWORD);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-signed")));
        assertThat(steps.browser().findElement(By.id("decision-signed")).getText())
                .contains("Đã ký số")
                .contains("ký số bởi " + DECIDER_NAME + " lúc ");
        assertThat(steps.browser().findElements(By.id("decision-signing"))).isEmpty();
        screenshots(browser, "decision-signed");

        byte[] signed = Api.as(port, bloc.board()).bytes(doc);
        assertThat(signed).isNotEqualTo(unsigned);
        assertThat(java.util.Arrays.equals(signed, 0, unsigned.length, unsigned, 0, unsigned.length))
                .isTrue();
        assertThat(board.get(page).body()).contains("decision-signed").doesNotContain("decision-signing");
    }

    @Test
    void aCopySignedOutsideIsUploadedOnThePage() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        String decider = fixture.decider(bloc);
        long id = IssuedDecision.issue(port, fixture, clock, bloc, "Lê Văn Minh", decider);
        String page = "/proposals/" + id;
        String doc = "/api/v1/proposals/" + id + "/documents/quyet-dinh.pdf";
        byte[] unsigned = Api.as(port, decider).bytes(doc);
        byte[] outside = new PadesSigner(null, 0, null)
                .sign(
                        unsigned,
                        new SigningKey.Pkcs12(deciderKey.pkcs12(), TestPki.PASSWORD.toCharArray()),
                        new Appearance(
                                DECIDER_NAME,
                                DECIDER_NAME,
                                "Ký ngoài hệ thống",
                                ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                                null,
                                null))
                .content();

        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(decider, "http://localhost:" + port + page, page);
        steps.browser()
                .findElement(By.id("decision-signed-file"))
                .sendKeys(temp("da-ky", ".pdf", outside).toString());
        steps.click(By.id("decision-upload-signed-submit"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-signed")));
        assertThat(steps.browser().findElement(By.id("decision-signed")).getText())
                .contains("ký ngoài hệ thống bởi " + DECIDER_NAME);
        assertThat(Api.as(port, decider).bytes(doc)).isEqualTo(outside);
    }

    @Test
    void theBoardAddsTheIssuingBodysSignatureOnThePageOnceTheDeciderSigned() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        String decider = fixture.decider(bloc);
        long id = IssuedDecision.issue(port, fixture, clock, bloc, "Đinh Thị Hoa", decider);
        String page = "/proposals/" + id;
        String doc = "/api/v1/proposals/" + id + "/documents/quyet-dinh";
        String authority = Api.as(port, decider)
                .get("/api/v1/proposals/" + id)
                .expect(200)
                .json()
                .get("authorityName")
                .asString();
        String bodyName = AuthorityNames.issuingBody(authority, true);
        TestPki.Person body = pki.person(bodyName, null);
        Api.as(port, decider)
                .postFile(doc + "/signature", Map.of("password", TestPki.PASSWORD), "p12", "k.p12", deciderKey.pkcs12())
                .expect(200);
        byte[] byDecider = Api.as(port, decider).bytes(doc + ".pdf");

        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(bloc.board(), "http://localhost:" + port + page, page);
        WebElement form = browser.findElement(By.id("organisation-holder"));
        assertThat(form.getText())
                .as("the board is told whose certificate the body's signature takes")
                .contains(bodyName);
        assertThat(browser.findElement(By.id("decision-places")).getText())
                .contains("Người quyết định")
                .contains("Cơ quan ban hành")
                .contains("Chờ ký");
        screenshots(browser, "decision-body-to-sign", "decision-places");

        signAs(steps, "organisation", temp("nguoi-khac", ".p12", someoneElse.pkcs12()), TestPki.PASSWORD);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#decision-signatures #errors")));
        assertThat(browser.findElement(By.cssSelector("#decision-signatures #errors"))
                        .getText())
                .as("the refusal beside the form the page comes back to")
                .contains("Chứng thư số không phải của người đang chờ ký")
                .contains(bodyName);
        assertThat(Api.as(port, decider).bytes(doc + ".pdf")).isEqualTo(byDecider);
        screenshots(browser, "decision-body-refused", "decision-signatures");

        signAs(steps, "organisation", temp("co-quan", ".p12", body.pkcs12()), TestPki.PASSWORD);
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.id("organisation-signing")));
        browser.manage().window().setSize(new Dimension(390, 900));
        String places = browser.findElement(By.id("decision-places")).getText();
        assertThat(places).doesNotContain("Chờ ký");
        assertThat(places.split("Đã ký số", -1)).as("both places signed").hasSize(3);
        assertThat(places).contains("ký số bởi " + bodyName);
        screenshots(browser, "decision-body-signed", "decision-places");

        byte[] both = Api.as(port, decider).bytes(doc + ".pdf");
        assertThat(java.util.Arrays.equals(both, 0, byDecider.length, byDecider, 0, byDecider.length))
                .as("the body's signature added after the decider's, which stays")
                .isTrue();
        assertThat(both.length).isGreaterThan(byDecider.length);
    }

    private static void sign(BrowserSteps steps, Path p12, String password) {
        signAs(steps, "decision", p12, password);
    }

    private static void signAs(BrowserSteps steps, String prefix, Path p12, String password) {
        steps.browser().findElement(By.id(prefix + "-sign-p12")).sendKeys(p12.toString());
        steps.browser().findElement(By.id(prefix + "-sign-password")).sendKeys(password);
        steps.click(By.id(prefix + "-sign-submit"));
    }

    private static String error(BrowserSteps steps, WebDriverWait waiting) {
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        return steps.browser().findElement(By.id("errors")).getText();
    }

    /** The issued PDF with one byte of its content changed: no longer the document the product issued. */
    private static byte[] altered(byte[] pdf) {
        byte[] copy = pdf.clone();
        int at = pdf.length / 2;
        copy[at] = (byte) (copy[at] ^ 0x01);
        return copy;
    }

    private static Path temp(String prefix, String suffix, byte[] content) throws Exception {
        Path file = Files.createTempFile(prefix, suffix);
        Files.write(file, content);
        return file.toAbsolutePath();
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
