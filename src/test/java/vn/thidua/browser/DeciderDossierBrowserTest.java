package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalJourney;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/**
 * The decider reads the dossier it signs (issue 19, point 3): the bloc conference's minutes open for
 * it as for the board, where they answered 403; the officer of one candidate's unit, and the decider
 * and council of another province, stay out, and are offered no link they cannot open.
 */
@IntegrationTest
class DeciderDossierBrowserTest extends BrowserTestBase {

    @Autowired
    TestClock clock;

    @Test
    void theDeciderReadsTheMinutesOfWhatItSignsAndOthersStayOut() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        fixture.rank(port, bloc, new double[][] {{10, 20, 10}, {9, 18, 9}, {8, 15, 7}});
        List<String> council = fixture.council(bloc, 3);
        String decider = fixture.decider(bloc);
        ProposalJourney journey = new ProposalJourney(port, bloc);
        long id = journey.blocProposal();
        journey.publish(id, bloc.officer(0));
        journey.councilPasses(id, journey.toCouncil(id, clock), council);
        String minutes = "/proposals/" + id + "/documents/bien-ban.pdf";

        ChromeDriver browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        String site = "http://localhost:" + port;
        steps.signIn(decider, site + "/proposals/" + id, "/proposals/");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Chờ quyết định");
        assertThat(browser.findElement(By.id("minutes")).getText()).contains("Biên bản hội nghị");
        String href = browser.findElement(By.cssSelector("#minutes a[href$='bien-ban.pdf']"))
                .getAttribute("href");
        assertThat(href).endsWith(minutes);
        byte[] pdf = WebSession.loggedIn(port, decider).download(minutes);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1))
                .as("the minutes open for the decider")
                .isEqualTo("%PDF-");
        shot(browser, "decider-dossier.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        shot(browser, "decider-dossier-390.png");

        // a council member reads what it voted on, the minutes too
        assertThat(Api.as(port, council.get(1))
                        .get("/api/v1/proposals/" + id + "/documents/bien-ban.pdf")
                        .status())
                .isEqualTo(200);

        // the officer of a candidate's unit reads its own part, not the bloc's minutes: no link, and 403
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.manage().deleteAllCookies();
        steps.signIn(bloc.officer(1), site + "/proposals/" + id, "/proposals/");
        assertThat(browser.findElements(By.id("minutes"))).isEmpty();
        assertThat(browser.findElement(By.id("dossier")).isDisplayed()).isTrue();
        Api.Response refused = Api.as(port, bloc.officer(1)).get("/api/v1/proposals/" + id + "/documents/bien-ban.pdf");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Biên bản hội nghị thuộc hồ sơ của cả khối");

        // another province's decider and council read nothing of this proposal
        BlocFixture.Bloc other = fixture.create(2, 2024);
        for (String outsider :
                List.of(fixture.decider(other), fixture.council(other, 1).get(0))) {
            assertThat(Api.as(port, outsider)
                            .get("/api/v1/proposals/" + id + "/documents/bien-ban.pdf")
                            .status())
                    .as(outsider)
                    .isEqualTo(403);
        }
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path shot = Chromium.screenshot(browser, name);
        Files.copy(shot, Path.of("/tmp", "council-" + name), StandardCopyOption.REPLACE_EXISTING);
    }
}
