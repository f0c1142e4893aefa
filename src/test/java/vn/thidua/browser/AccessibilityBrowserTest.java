package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Committee;
import vn.thidua.support.Inspections;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Votes;

/**
 * Accessibility as a person with a screen reader or only a keyboard meets it. Every page a browser test reaches is
 * checked by axe-core ({@code Chromium} hands out a checked browser); here each role walks its whole menu and the
 * pages one click behind it, at desktop and phone width, and casts a ballot and submits a self-score with the
 * keyboard alone.
 */
@IntegrationTest
class AccessibilityBrowserTest extends BrowserTestBase {

    ChromeDriver browser;
    BrowserSteps steps;

    @Test
    void everyRolesMenuAndThePagesBehindItPassAxeAtDesktopAndPhoneWidth() throws Exception {
        start();
        // a screen another role already showed is not loaded again: its kind of page has been checked
        Set<String> seen = new HashSet<>();
        List<String> wider = new ArrayList<>();
        for (String user : List.of("ban.langson", "taichinh.langson", "hoidong1.langson", "quyetdinh.langson")) {
            browser.manage().window().setSize(new Dimension(1366, 900));
            browser.manage().deleteAllCookies();
            steps.signInWithTheButton(user, base() + "/");
            List<String> menu = browser
                    .findElements(
                            By.cssSelector("#app-menu a.nav-link:not(.dropdown-toggle), #app-menu a.dropdown-item"))
                    .stream()
                    .map(link -> link.getAttribute("href"))
                    .toList();
            assertThat(menu).as(user + "'s menu").hasSizeGreaterThanOrEqualTo(6);
            List<String> pages = new ArrayList<>();
            for (String page : menu) {
                if (!seen.add(kind(page))) {
                    continue;
                }
                browser.get(page);
                pages.add(page);
                // one row deeper: the first entry of the page's list (a bloc, a unit, a proposal, a vote…)
                List<WebElement> rows = browser.findElements(By.cssSelector("main table tbody tr td a[href^='/']"));
                String behind = rows.isEmpty() ? null : rows.get(0).getAttribute("href");
                if (behind != null && seen.add(kind(behind))) {
                    browser.get(behind);
                    pages.add(behind);
                }
            }
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String page : pages) {
                browser.get(page);
                assertThat(browser.findElement(By.tagName("h1")).isDisplayed())
                        .as(page)
                        .isTrue();
                // a wide table scrolls in its own frame; the page itself never slides sideways under the thumb
                if (Boolean.TRUE.equals(browser.executeScript(
                        "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"))) {
                    wider.add(page);
                }
            }
        }
        assertThat(seen).as("kinds of page walked").hasSizeGreaterThanOrEqualTo(20);
        assertThat(wider).as("pages wider than a phone (390 px)").isEmpty();
    }

    /** The address without its host, numbers and query: one kind of page. */
    private static String kind(String url) {
        return url.replaceFirst("^https?://[^/]+", "").replaceAll("\\?.*$", "").replaceAll("/\\d+", "/#");
    }

    @Test
    void aBallotIsCastWithTheKeyboardAlone() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        JsonNode vote = Votes.yesOrNo(
                chair, bloc, "SECRET_BALLOT", "Đề nghị tặng Cờ thi đua cho Sở số 1?", bloc.board(), bloc.officer(2));
        long id = vote.get("id").asLong();
        Committee.keys(port, id, bloc.officer(0));
        Votes.open(chair, id, "present", 3);

        start();
        steps.signIn(bloc.officer(1), base() + "/votes/" + id, "/votes/");
        skipToContent();
        WebElement yes = browser.findElement(
                By.xpath("//form[@id='ballot']//label[normalize-space()='Đồng ý']/preceding-sibling::input"));
        tabTo(yes);
        keys(Keys.SPACE);
        assertThat(yes.isSelected()).as("Space ticks the option").isTrue();
        WebElement cast = browser.findElement(By.id("cast"));
        tabTo(cast);
        keys(Keys.ENTER);
        // the browser's own question, answered with Enter
        steps.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        steps.waiting().until(ExpectedConditions.stalenessOf(cast));
        assertThat(browser.findElement(By.id("has-voted")).isDisplayed()).isTrue();
        assertThat(chair.get("/api/v1/votes/" + id)
                        .expect(200)
                        .json()
                        .get("voted")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aSelfScoreIsTypedAndSubmittedWithTheKeyboardAlone() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Inspections.openInACircle(Api.as(port, bloc.officer(0)), bloc);

        start();
        steps.signIn(bloc.officer(1), base() + "/bloc-years/" + bloc.yearId(), "/bloc-years/");
        skipToContent();
        WebElement sheetLink = browser.findElement(By.id("my-self-sheet"));
        tabTo(sheetLink);
        keys(Keys.ENTER);
        steps.waiting().until(ExpectedConditions.stalenessOf(sheetLink));
        skipToContent();
        for (String[] line : new String[][] {{"1.1", "8,5"}, {"1.2", "18"}, {"2.1", "9"}}) {
            tabTo(browser.findElement(By.cssSelector("input[aria-label='Điểm tiêu chí " + line[0] + "']")));
            keys(line[1]);
        }
        WebElement submit = browser.findElement(By.id("submit-sheet"));
        tabTo(submit);
        keys(Keys.ENTER);
        steps.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        steps.waiting().until(ExpectedConditions.stalenessOf(submit));
        JsonNode self = Api.as(port, bloc.board())
                .get(bloc.path("/sheets/SELF/" + bloc.unit(1)))
                .expect(200)
                .json();
        assertThat(self.get("submitted").asBoolean()).isTrue();
        assertThat(self.get("lines").get(0).get("points").decimalValue()).isEqualByComparingTo("8.5");
    }

    private void start() throws Exception {
        browser = chromium.start();
        steps = BrowserSteps.in(browser);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The first Tab on a page reaches the "skip the menu" link; Enter moves the focus to the page's content. */
    private void skipToContent() {
        keys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Bỏ qua trình đơn");
        assertThat(skip.isDisplayed()).as("shown once focused").isTrue();
        keys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    /** Tabs forward until the element has the focus, which must show (an outline or a ring). */
    private void tabTo(WebElement target) {
        for (int i = 0; i < 60; i++) {
            keys(Keys.TAB);
            WebElement active = browser.switchTo().activeElement();
            if (active.equals(target)) {
                Object shown = browser.executeScript(
                        "const s = getComputedStyle(arguments[0]);"
                                + " return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';",
                        active);
                assertThat(shown)
                        .as("the focus shows on " + target.getAccessibleName())
                        .isEqualTo(true);
                return;
            }
        }
        fail("60 presses of Tab do not reach " + target.getAccessibleName());
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
