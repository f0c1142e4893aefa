package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.reports.MinutesConference.CHAIR;
import static vn.thidua.reports.MinutesConference.SECRETARY;
import static vn.thidua.reports.MinutesConference.SOMEONE_ELSE;
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
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.SigningFixture;
import vn.thidua.support.WebSession;

/**
 * Issue 22 on the bloc year's documents page: the leading unit applies the chair's signature to the
 * locked minutes with the chair's PKCS#12 file after a refused certificate, then uploads the copy the
 * secretary signed outside; the page shows each place signed, by whom and when, and then no form.
 */
@IntegrationTest
class MinutesSigningPageBrowserTest extends BrowserTestBase {

    @RegisterExtension
    static final SigningFixture pki = new SigningFixture();

    @Test
    void theLeaderAppliesTheChairsSignatureThenUploadsTheSecretarysAndThePageShowsBoth() throws Exception {
        BlocFixture.Bloc bloc = MinutesConference.held(port, fixture);
        Api leader = Api.as(port, bloc.officer(0));
        String page = "/bloc-years/" + bloc.yearId() + "/documents";
        WebSession member = WebSession.loggedIn(port, bloc.officer(1));
        assertThat(signWithKey(member, page + "/bien-ban-hoi-nghi", pki.person(CHAIR))
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

        steps.signWithKey(
                "minutes", temp("khac", ".p12", pki.person(SOMEONE_ELSE).pkcs12()), TestPki.PASSWORD);
        assertThat(steps.errors()).contains("không phải của người đang chờ ký").contains(CHAIR);
        assertThat(browser.findElement(By.id("minutes-sign-password")).getAttribute("value"))
                .isEmpty();

        steps.signWithKey("minutes", temp("chu-tri", ".p12", pki.person(CHAIR).pkcs12()), TestPki.PASSWORD);
        waiting.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("minutes-signatures"), "ký số bởi " + CHAIR));
        assertThat(browser.findElement(By.id("minutes-signatures")).getText())
                .contains("Thư ký (" + SECRETARY + "): Chờ ký");

        byte[] first = leader.bytes(bloc.path("/documents/bien-ban-hoi-nghi/ban-ky.pdf"));
        byte[] bySecretary = pki.signOutside(first, SECRETARY);
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
