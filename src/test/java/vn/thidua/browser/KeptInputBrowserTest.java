package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalJourney;
import vn.thidua.support.Votes;

/**
 * What an officer or a citizen typed stays on the page when it is refused (issue 19, point 1): the
 * chair's counts of hands, and a public comment's text with whom it is about.
 */
@IntegrationTest
class KeptInputBrowserTest extends BrowserTestBase {

    ChromeDriver browser;
    BrowserSteps steps;

    @Test
    void theChairsCountsOfHandsAreKeptBesideTheRefusal() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api leader = Api.as(port, bloc.officer(0));
        JsonNode vote = Votes.unitsProposed(
                leader, bloc, "SHOW_OF_HANDS", "Đề nghị tặng Bằng khen", List.of(bloc.unit(1), bloc.unit(2)));
        long id = vote.get("id").asLong();
        Votes.open(leader, id, "present", 3);
        long first = vote.get("options").get(0).get("id").asLong();
        long second = vote.get("options").get(1).get("id").asLong();

        start();
        steps.signIn(bloc.officer(0), "http://localhost:" + port + "/votes/" + id, "/votes/");
        type(By.id("count-" + first), "5");
        type(By.id("count-" + second), "2");
        steps.clickAndAccept(By.id("close-vote"));

        assertThat(browser.findElement(By.cssSelector("main .alert-danger")).getText())
                .contains("phải từ 0 đến 3");
        assertThat(browser.findElement(By.id("count-" + first)).getAttribute("value"))
                .as("the count refused is shown again to be corrected")
                .isEqualTo("5");
        assertThat(browser.findElement(By.id("count-" + second)).getAttribute("value"))
                .as("the count that was right is not retyped")
                .isEqualTo("2");
        shot("kept-hands.png");

        type(By.id("count-" + first), "3");
        steps.clickAndAccept(By.id("close-vote"));
        assertThat(browser.findElement(By.id("tally")).getText())
                .contains("3/3")
                .contains("2/3");
    }

    @Test
    void aRefusedPublicCommentKeepsItsTextAndWhomItIsAbout() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        ProposalJourney journey = new ProposalJourney(port, bloc);
        long id = journey.unitProposal(1);
        journey.publish(id, bloc.officer(1));
        String unit = Api.as(port, bloc.board())
                .get("/api/v1/proposals/" + id)
                .expect(200)
                .json()
                .get("candidates")
                .get(0)
                .get("fullName")
                .asString();

        start();
        browser.get("http://localhost:" + port + "/public/proposals/" + id);
        new Select(browser.findElement(By.id("candidateId")))
                .selectByVisibleText(unit + " – Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        browser.findElement(By.id("authorName")).sendKeys("Trần Văn Dân");
        browser.findElement(By.id("body")).sendKeys("Đề nghị làm rõ kết quả cải cách hành chính của đơn vị.");
        steps.click(By.id("send-comment"));

        assertThat(browser.findElement(By.id("comment-errors")).getText())
                .contains("số điện thoại hoặc địa chỉ thư điện tử");
        assertThat(new Select(browser.findElement(By.id("candidateId")))
                        .getFirstSelectedOption()
                        .getText())
                .as("still about the unit, not the whole list")
                .startsWith(unit);
        assertThat(browser.findElement(By.id("body")).getAttribute("value"))
                .isEqualTo("Đề nghị làm rõ kết quả cải cách hành chính của đơn vị.");
        shot("kept-comment.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        shot("kept-comment-390.png");
        browser.manage().window().setSize(new Dimension(1366, 900));

        browser.findElement(By.id("contact")).sendKeys("tranvandan@example.vn");
        steps.click(By.id("send-comment"));
        assertThat(browser.getPageSource()).contains("Cảm ơn ý kiến của bạn");
        JsonNode read =
                Api.as(port, bloc.board()).get("/api/v1/proposals/" + id).json();
        assertThat(read.get("comments").get(0).get("candidateId").asLong())
                .as("the comment sent after the refusal is filed against the unit chosen before it")
                .isEqualTo(read.get("candidates").get(0).get("id").asLong());
    }

    private void start() throws Exception {
        browser = chromium.start();
        steps = BrowserSteps.in(browser);
    }

    private void type(By by, String text) {
        WebElement input = browser.findElement(by);
        input.clear();
        input.sendKeys(text);
    }

    private void shot(String name) throws Exception {
        Path shot = Chromium.screenshot(browser, name);
        Files.copy(shot, Path.of("/tmp", "council-" + name), StandardCopyOption.REPLACE_EXISTING);
    }
}
