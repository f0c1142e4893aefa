package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.Chromium;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LangSon2021;
import vn.thidua.support.Pdfs;
import vn.thidua.support.Registry;
import vn.thidua.support.TestClock;
import vn.thidua.support.Votes;

/**
 * Seed 004 to its end: from the signed minutes of 20/01/2022, Sở Tài chính (leader) proposes the
 * Cờ thi đua of the province for itself and the Bằng khen for the 2nd and 3rd; the board reviews
 * and publishes; someone comments; the council votes; the decision is issued and the awards are in
 * the registry.
 */
@IntegrationTest
class LangSon2021ProposalBrowserTest extends ApplicationTestBase {

    @Autowired
    TestClock clock;

    ChromeDriver browser;
    WebDriverWait wait;
    BrowserSteps steps;

    @AfterEach
    void quit() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theClusterProposesTheCouncilVotesAndTheDecisionEntersTheRegistry() throws Exception {
        long year = LangSon2021.ranked(port);
        Api leader = Api.as(port, "taichinh.langson");
        Registry registry = new Registry(Api.as(port, "ban.langson"));
        long stc = registry.unit("lang-son", "Sở Tài chính");
        long vpdbqh = registry.unit("lang-son", "Văn phòng Đoàn ĐBQH&HĐND tỉnh");
        long sngv = registry.unit("lang-son", "Sở Ngoại vụ");
        String base = "/api/v1/bloc-years/" + year;
        conferenceVote(leader, base, "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh", List.of(stc), 7);
        conferenceVote(
                leader, base, "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", List.of(vpdbqh, sngv), 6);
        assertThat(leader.put(
                                base + "/conference",
                                json(
                                        "heldOn",
                                        "2022-01-20",
                                        "place",
                                        "Sở Tài chính",
                                        "hostUnitId",
                                        stc,
                                        "chair",
                                        "Giám đốc Sở Tài chính"))
                        .status())
                .isEqualTo(200);
        assertThat(leader.post(base + "/conference/sign", "{}").status()).isEqualTo(200);

        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        steps = new BrowserSteps(browser, wait);
        String site = "http://localhost:" + port;

        // the leader proposes in one step from the signed minutes, writes the reports, adds evidence, submits
        steps.signIn("taichinh.langson", site + "/bloc-years/" + year + "/conference", "/conference");
        steps.click(By.id("propose"));
        wait.until(ExpectedConditions.urlMatches(".*/proposals/\\d+$"));
        String proposal = browser.getCurrentUrl();
        List<WebElement> candidates = browser.findElements(By.cssSelector(".candidate"));
        assertThat(candidates)
                .extracting(WebElement::getText)
                .satisfiesExactly(
                        c -> assertThat(c)
                                .contains("Sở Tài chính")
                                .contains("Cờ thi đua của Ủy ban nhân dân tỉnh")
                                .contains("7/7 phiếu"),
                        c -> assertThat(c)
                                .contains("Văn phòng Đoàn ĐBQH&HĐND tỉnh")
                                .contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
                        c -> assertThat(c)
                                .contains("Sở Ngoại vụ")
                                .contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"));
        for (int i = 0; i < 3; i++) {
            WebElement form =
                    browser.findElements(By.cssSelector(".report-form")).get(i);
            form.findElement(By.name("narrative"))
                    .sendKeys("Hoàn thành xuất sắc nhiệm vụ năm 2021; dẫn đầu các chỉ tiêu của Cụm.");
            steps.click(By.xpath("(//form[contains(@class, 'report-form')])[" + (i + 1) + "]//button"));
        }
        Path evidence = Files.createTempFile("bien-ban-hoi-nghi", ".pdf");
        Files.write(evidence, Pdfs.onePage());
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(evidence.toString());
        steps.click(By.cssSelector("#upload button"));
        assertThat(browser.findElement(By.id("dossier")).isDisplayed()).isTrue();
        steps.click(By.id("submit"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã trình Ban TĐKT");
        shot("de-nghi-da-trinh.png");

        // the board reviews each candidate and publishes the list
        browser.manage().deleteAllCookies();
        steps.signIn("ban.langson", proposal, "/proposals/");
        steps.click(By.id("start-review"));
        for (int i = 0; i < 3; i++) {
            WebElement checklist =
                    browser.findElements(By.cssSelector(".checklist")).get(i);
            checklist.findElements(By.cssSelector("input[type=checkbox]")).forEach(steps::tick);
            steps.click(By.xpath("(//form[contains(@class, 'checklist')])[" + (i + 1) + "]//button"));
        }
        steps.click(By.id("publish"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đang công khai");

        // anyone, without signing in, reads the list and comments
        browser.manage().deleteAllCookies();
        long id = Long.parseLong(proposal.substring(proposal.lastIndexOf('/') + 1));
        browser.get(site + "/public/proposals/" + id);
        assertThat(browser.findElement(By.id("public-list")).getText())
                .contains("Sở Tài chính")
                .contains("Sở Ngoại vụ")
                .doesNotContain("Hoàn thành xuất sắc");
        browser.findElement(By.id("authorName")).sendKeys("Trần Văn Dân");
        browser.findElement(By.id("body")).sendKeys("Đề nghị làm rõ kết quả cải cách hành chính của Sở Ngoại vụ.");
        steps.click(By.id("send-comment"));
        assertThat(browser.findElement(By.id("comment-errors")).getText())
                .contains("số điện thoại hoặc địa chỉ thư điện tử");
        browser.findElement(By.id("contact")).sendKeys("tranvandan@example.vn");
        steps.click(By.id("send-comment"));
        assertThat(browser.getPageSource()).contains("Cảm ơn ý kiến của bạn");
        shot("cong-khai.png");

        // the board answers, cannot close early, closes when the period is over
        steps.signIn("ban.langson", proposal, "/proposals/");
        WebElement answer = browser.findElement(By.cssSelector(".comment input[name=answer]"));
        answer.sendKeys("Sở Ngoại vụ đạt chỉ số cải cách hành chính cao nhất Cụm năm 2021.");
        steps.click(By.cssSelector(".comment button"));
        steps.click(By.id("close-public"));
        assertThat(browser.findElement(By.id("errors")).getText()).contains("Chưa hết thời gian công khai");
        clock.advance(Duration.ofDays(8));
        steps.click(By.id("close-public"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Hội đồng xét");
        String vote = browser.findElement(By.id("council-vote")).getAttribute("href");

        // the council: the board names the counting committee (itself and a member), whose keys are registered;
        // the board opens the ballot, three members vote for all three in their browsers, the board closes,
        // the committee counts and the board records it
        long voteId = Long.parseLong(vote.substring(vote.lastIndexOf('/') + 1));
        Api.Response named = Api.as(port, "ban.langson")
                .post(
                        "/api/v1/votes/" + voteId + "/committee",
                        Votes.read(
                                Api.as(port, "ban.langson"),
                                voteId,
                                "trustees",
                                List.of("ban.langson", "hoidong1.langson")));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        Committee committee = Committee.keys(port, voteId, "ban.langson");
        browser.get(vote);
        steps.click(By.cssSelector("#open-form button"));
        for (int member = 1; member <= 3; member++) {
            browser.manage().deleteAllCookies();
            steps.signIn("hoidong" + member + ".langson", vote, "/votes/");
            List<WebElement> options = browser.findElements(By.cssSelector("#ballot input.ballot-option"));
            assertThat(options).hasSize(3);
            options.forEach(steps::tick);
            steps.clickAndAccept(By.id("cast"));
            assertThat(browser.findElement(By.id("has-voted")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("tracking")).getText()).contains("Mã theo dõi phiếu");
        }
        browser.manage().deleteAllCookies();
        steps.signIn("ban.langson", vote, "/votes/");
        ((JavascriptExecutor) browser).executeScript("window.confirm = () => true;");
        steps.click(By.id("close-vote"));
        assertThat(committee
                        .count()
                        .get("tally")
                        .get("lines")
                        .valueStream()
                        .map(l -> l.get("ballots").asInt())
                        .toList())
                .containsOnly(3);
        browser.get(proposal);
        steps.click(By.id("record-council"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Chờ quyết định");
        assertThat(browser.findElements(By.cssSelector(".candidate-status")))
                .extracting(WebElement::getText)
                .containsOnly("Hội đồng thông qua");

        // the decider issues decision 15/QĐ-UBND
        browser.manage().deleteAllCookies();
        steps.signIn("quyetdinh.langson", proposal, "/proposals/");
        WebElement number = browser.findElement(By.id("number"));
        number.clear();
        number.sendKeys("15");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '2022-02-15';", browser.findElement(By.id("signedOn")));
        browser.findElement(By.id("signerName")).sendKeys("Dương Xuân Huyên");
        steps.click(By.id("issue"));
        assertThat(browser.findElement(By.id("decision")).getText())
                .contains("Quyết định số 15/QĐ-UBND ngày 15/02/2022");
        shot("quyet-dinh.png");

        // the registry: found without diacritics, with the decision and certificate numbers
        browser.manage().deleteAllCookies();
        steps.signIn("ban.langson", site + "/awards?q=so+tai+chinh&year=2021", "/awards");
        assertThat(browser.findElement(By.cssSelector("table.awards")).getText())
                .contains("Sở Tài chính")
                .contains("Cờ thi đua của Ủy ban nhân dân tỉnh")
                .contains("15/QĐ-UBND-01");
        browser.get(site + "/awards?year=2021&award=BK_TINH");
        assertThat(browser.findElement(By.cssSelector("table.awards")).getText())
                .contains("Văn phòng Đoàn ĐBQH&HĐND tỉnh")
                .contains("Sở Ngoại vụ")
                .contains("15/QĐ-UBND-02")
                .contains("15/QĐ-UBND-03");
        shot("so-khen-thuong.png");

        Api board = Api.as(port, "ban.langson");
        JsonNode done = board.get("/api/v1/proposals/" + id).json();
        long first = done.get("candidates").get(0).get("id").asLong();
        keep("quyet-dinh.pdf", board.bytes("/api/v1/proposals/" + id + "/documents/quyet-dinh.pdf"));
        keep("to-trinh.pdf", board.bytes("/api/v1/proposals/" + id + "/documents/to-trinh.pdf"));
        keep(
                "bao-cao-thanh-tich.pdf",
                board.bytes("/api/v1/proposals/" + id + "/documents/bao-cao-thanh-tich.pdf?candidateId=" + first));
    }

    /** A document kept beside the screenshots, for a person to look at; it must be a PDF. */
    private static void keep(String name, byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
    }

    /** A vote of the conference by show of hands, each named unit an option, with its count of hands. */
    private static void conferenceVote(Api leader, String base, String question, List<Long> units, int hands) {
        JsonNode vote = Votes.unitsProposed(leader, base, "SHOW_OF_HANDS", question, units);
        long id = vote.get("id").asLong();
        Votes.open(leader, id, "present", 7);
        Map<String, Integer> counts = new LinkedHashMap<>();
        // each named unit has its hands; the "Không đồng ý" added to a sole candidate has none
        vote.get("options")
                .forEach(o -> counts.put(o.get("id").asString(), o.get("unitId").isNull() ? 0 : hands));
        Votes.close(leader, id, "counts", counts);
    }

    private void shot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
