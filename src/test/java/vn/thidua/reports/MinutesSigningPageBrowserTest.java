package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.signatures.Appearance;
import vn.thidua.signatures.PadesSigner;
import vn.thidua.signatures.SigningKey;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/**
 * Issue 22 on the bloc year's documents page: the leading unit applies the chair's signature to the
 * locked minutes with the chair's PKCS#12 file after a refused certificate, then uploads the copy the
 * secretary signed outside; the page shows each place signed, by whom and when, and then no form.
 */
@IntegrationTest
class MinutesSigningPageBrowserTest {

    static final String CHAIR = "Nguyễn Văn Chủ";
    static final String SECRETARY = "Trần Thị Thư";
    static TestPki pki;
    static TestPki.Person chairKey;
    static TestPki.Person secretaryKey;
    static TestPki.Person someoneElse;

    @LocalServerPort
    int port;

    @Autowired
    BlocFixture fixture;

    @RegisterExtension
    final Chromium.PerTest chromium = new Chromium.PerTest();

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Test Root CA");
        chairKey = pki.person(CHAIR, null);
        secretaryKey = pki.person(SECRETARY, null);
        someoneElse = pki.person("Lê Văn Khác", null);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @Test
    void theLeaderAppliesTheChairsSignatureThenUploadsTheSecretarysAndThePageShowsBoth() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Api leader = Api.as(port, bloc.officer(0));
        leader.put(
                        bloc.path("/conference"),
                        json(
                                "heldOn",
                                "2025-01-13",
                                "place",
                                "Hội trường Sở số 1",
                                "chair",
                                CHAIR,
                                "secretary",
                                SECRETARY))
                .expect(200);
        String page = "/bloc-years/" + bloc.yearId() + "/documents";
        WebSession member = WebSession.loggedIn(port, bloc.officer(1));
        assertThat(member.postFile(
                                page + "/bien-ban-hoi-nghi/signature",
                                Map.of("password", TestPki.PASSWORD),
                                "p12",
                                "k.p12",
                                chairKey.pkcs12())
                        .status())
                .as("a member that does not lead the bloc signs nothing")
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, bloc.officer(0)).get(page).body())
                .contains("minutes-not-locked")
                .doesNotContain("minutes-signing");
        leader.post(bloc.path("/conference/sign"), "{}").expect(200);

        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(bloc.officer(0), "http://localhost:" + port + page, page);
        assertThat(browser.findElement(By.id("minutes-signatures")).getText())
                .contains("Chủ trì hội nghị (" + CHAIR + "): Chờ ký")
                .contains("Thư ký (" + SECRETARY + "): Chờ ký");
        screenshots(browser, "minutes-to-sign");

        sign(steps, temp("khac", ".p12", someoneElse.pkcs12()), TestPki.PASSWORD);
        assertThat(error(steps, waiting))
                .contains("không phải của người đang chờ ký")
                .contains(CHAIR);
        assertThat(browser.findElement(By.id("minutes-sign-password")).getAttribute("value"))
                .isEmpty();

        sign(steps, temp("chu-tri", ".p12", chairKey.pkcs12()), TestPki.PASSWORD);
        waiting.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("minutes-signatures"), "ký số bởi " + CHAIR));
        assertThat(browser.findElement(By.id("minutes-signatures")).getText())
                .contains("Thư ký (" + SECRETARY + "): Chờ ký");

        byte[] first = leader.bytes(bloc.path("/documents/bien-ban-hoi-nghi/ban-ky.pdf"));
        byte[] bySecretary = new PadesSigner(null, 0, null)
                .sign(
                        first,
                        new SigningKey.Pkcs12(secretaryKey.pkcs12(), TestPki.PASSWORD.toCharArray()),
                        new Appearance(
                                SECRETARY,
                                SECRETARY,
                                "Ký ngoài hệ thống",
                                ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                                null,
                                null))
                .content();
        browser.findElement(By.id("minutes-signed-file"))
                .sendKeys(temp("thu-ky", ".pdf", bySecretary).toString());
        steps.click(By.id("minutes-upload-signed-submit"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("minutes-complete")));
        assertThat(browser.findElement(By.id("minutes-signatures")).getText())
                .contains("ký ngoài hệ thống bởi " + SECRETARY)
                .contains("ký số bởi " + CHAIR);
        assertThat(browser.findElements(By.id("minutes-signing"))).isEmpty();
        screenshots(browser, "minutes-signed");
        assertThat(leader.bytes(bloc.path("/documents/bien-ban-hoi-nghi/ban-ky.pdf")))
                .isEqualTo(bySecretary);
    }

    private static void sign(BrowserSteps steps, Path p12, String password) {
        steps.browser().findElement(By.id("minutes-sign-p12")).sendKeys(p12.toString());
        steps.browser().findElement(By.id("minutes-sign-password")).sendKeys(password);
        steps.click(By.id("minutes-sign-submit"));
    }

    private static String error(BrowserSteps steps, WebDriverWait waiting) {
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        return steps.browser().findElement(By.id("errors")).getText();
    }

    private static Path temp(String prefix, String suffix, byte[] content) throws Exception {
        Path file = Files.createTempFile(prefix, suffix);
        Files.write(file, content);
        return file.toAbsolutePath();
    }

    private static void screenshots(ChromeDriver browser, String name) throws Exception {
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Thread.sleep(300);
            // the section itself: the element's screenshot scrolls it into view whatever the page's height
            Files.write(
                    Path.of("target", name + "-" + width + ".png"),
                    browser.findElement(By.id("minutes-signatures")).getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }
}
