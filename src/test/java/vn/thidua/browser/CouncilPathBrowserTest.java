package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalJourney;
import vn.thidua.support.TestClock;
import vn.thidua.support.Votes;

/**
 * The council's path (issue 19, point 4): a member finds the proposals before its council under
 * "Đề nghị", goes from the proposal to its ballot and from the ballot to the dossier, is spoken to as
 * a person; once counted, the board goes from the vote back to the proposal to record it.
 */
@IntegrationTest
class CouncilPathBrowserTest extends BrowserTestBase {

    @Autowired
    TestClock clock;

    @Test
    void aMemberGoesFromItsMenuToTheDossierAndTheBallotAndTheBoardBackToTheProposal() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2023);
        List<String> council = fixture.council(bloc, 3);
        ProposalJourney journey = new ProposalJourney(port, bloc);
        long id = journey.unitProposal(1);
        journey.publish(id, bloc.officer(1));
        long voteId = journey.toCouncil(id, clock);
        Committee committee = journey.openCouncilVote(voteId, council);

        ChromeDriver browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        String site = "http://localhost:" + port;
        steps.signIn(council.get(1), site + "/votes/mine", "/votes/mine");
        steps.click(By.id("nav-proposals"));
        assertThat(browser.findElement(By.id("council-intro")).getText()).contains("trình Hội đồng");
        assertThat(browser.findElement(By.cssSelector("#proposals a[href$='/proposals/" + id + "']"))
                        .findElement(By.xpath("ancestor::tr"))
                        .getAttribute("class"))
                .as("the proposal awaiting the member's vote stands out")
                .contains("table-warning");
        shot(browser, "council-proposals.png");
        steps.click(By.cssSelector("#proposals a[href$='/proposals/" + id + "']"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Hội đồng xét");
        assertThat(browser.findElement(By.id("council-vote")).getText()).isEqualTo("Bỏ phiếu của Hội đồng");
        steps.click(By.id("council-vote"));

        // the ballot names what it is about and leads to its dossier
        assertThat(browser.findElement(By.id("vote-origin")).getText()).contains("Đề nghị khen thưởng năm 2023");
        assertThat(browser.findElement(By.id("origin-dossier")).getAttribute("href"))
                .endsWith("/proposals/" + id + "#dossier");
        browser.manage().window().setSize(new Dimension(390, 844));
        shot(browser, "council-ballot-390.png");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.findElements(By.cssSelector("#ballot input.ballot-option")).forEach(steps::tick);
        steps.clickAndAccept(By.id("cast"));
        assertThat(browser.findElement(By.id("has-voted")).getText()).isEqualTo("Bạn đã bỏ phiếu.");
        JsonNode options = Api.as(port, bloc.board())
                .get("/api/v1/votes/" + voteId)
                .expect(200)
                .json()
                .get("options");
        Api.Response twice = Votes.ballot(
                Api.as(port, council.get(1)),
                voteId,
                List.of(options.get(0).get("id").asLong()));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("vote.alreadyVoted");
        assertThat(twice.json().get("detail").asString())
                .as("a member is spoken to as a person, not as a unit")
                .isEqualTo("Bạn đã bỏ phiếu; mỗi thành viên Hội đồng chỉ bỏ một phiếu.");
        for (String member : List.of(council.get(0), council.get(2))) {
            Votes.cast(
                    Api.as(port, member),
                    voteId,
                    List.of(options.get(0).get("id").asLong()));
        }
        Votes.close(Api.as(port, bloc.board()), voteId);
        committee.count();

        // counted, the board goes from the vote back to the proposal and records the council's result
        browser.manage().deleteAllCookies();
        steps.signIn(bloc.board(), site + "/votes/" + voteId, "/votes/");
        assertThat(browser.findElement(By.id("back-to-origin")).getText())
                .contains("Về đề nghị để ghi kết quả biểu quyết của Hội đồng");
        shot(browser, "council-vote-counted.png");
        steps.click(By.id("back-to-proposal"));
        steps.click(By.id("record-council"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Chờ quyết định");

        // a member of another province's council has no such proposal in its list
        BlocFixture.Bloc other = fixture.create(2, 2023);
        String outsider = fixture.council(other, 1).get(0);
        browser.manage().deleteAllCookies();
        steps.signIn(outsider, site + "/proposals", "/proposals");
        assertThat(browser.findElements(By.cssSelector("a[href$='/proposals/" + id + "']")))
                .isEmpty();
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path shot = Chromium.screenshot(browser, name);
        Files.copy(shot, Path.of("/tmp", "council-" + name), StandardCopyOption.REPLACE_EXISTING);
    }
}
