package vn.thidua.support;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every browser test does: sign in on the way to a page, and click something that leads to another page. */
public record BrowserSteps(ChromeDriver browser, WebDriverWait waiting) {

    /** Steps in this browser, each waiting up to 15 seconds for its page or element. */
    public static BrowserSteps in(ChromeDriver browser) {
        return new BrowserSteps(browser, new WebDriverWait(browser, Duration.ofSeconds(15)));
    }

    /**
     * Opens the page, is sent to the login form, signs in, and waits to be back on a page whose address contains {@code
     * backOn}.
     */
    public void signIn(String username, String target, String backOn) {
        browser.get(target);
        waiting.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        // Enter submits the form; waiting for the new address (not for the old button to go) avoids
        // asking the browser about a node of a page it is already leaving
        browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD, Keys.ENTER);
        // not on the login form any more: "http://host/" is contained in the form's own address too
        waiting.until(d -> {
            String url = d.getCurrentUrl();
            return url != null && url.contains(backOn) && !url.contains("/login");
        });
    }

    /**
     * Opens the page, is sent to the login form, signs in with its button, and waits for the form to
     * go (wherever the login leads: the page asked for, or the home page).
     */
    public void signInWithTheButton(String username, String target) {
        browser.get(target);
        waiting.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        WebElement submit = browser.findElement(By.cssSelector("button[type=submit]"));
        submit.click();
        try {
            waiting.until(ExpectedConditions.stalenessOf(submit));
        } catch (TimeoutException e) {
            throw e;
        } catch (WebDriverException e) {
            // Chromium may answer "node does not belong to the document" while it swaps pages: the form has gone
        }
    }

    /** Clicks something that stays on the page (a checkbox, an option), scrolled to first. */
    public void tick(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Clicks something that asks first (window.confirm), accepts the question and waits for the next page. */
    public void clickAndAccept(By by) {
        WebElement element = waiting.until(ExpectedConditions.elementToBeClickable(by));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        waiting.until(ExpectedConditions.alertIsPresent()).accept();
        try {
            waiting.until(ExpectedConditions.stalenessOf(element));
        } catch (TimeoutException e) {
            throw e;
        } catch (WebDriverException e) {
            // the page is being swapped: the click navigated
        }
    }

    public void click(By by) {
        WebElement element = waiting.until(ExpectedConditions.elementToBeClickable(by));
        // a button below the fold is clicked where it will be once scrolled to: no smooth scrolling (Bootstrap's
        // default)
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        try {
            waiting.until(ExpectedConditions.stalenessOf(element));
        } catch (TimeoutException e) {
            throw e;
        } catch (WebDriverException e) {
            // Chromium may answer "node does not belong to the document" while it swaps pages: the click navigated
        }
    }

    /**
     * Opens a page from one of the menu's lists (Danh mục, Công cụ, Quản trị) as a person would: the folded menu
     * opened first on a narrow window, then the list, then its item.
     */
    public void fromMenu(String list, String item) {
        WebElement toggle = browser.findElement(By.id("menu-toggle"));
        if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        waiting.until(ExpectedConditions.elementToBeClickable(By.id(list))).click();
        click(By.id(item));
    }

    /**
     * Signs on a page's signing form whose fields' ids begin with {@code prefix} ("decision",
     * "minutes", ...): its PKCS#12 file, its password, then its button.
     */
    public void signWithKey(String prefix, Path p12, String password) {
        browser.findElement(By.id(prefix + "-sign-p12")).sendKeys(p12.toString());
        browser.findElement(By.id(prefix + "-sign-password")).sendKeys(password);
        click(By.id(prefix + "-sign-submit"));
    }

    /** Waits for the page's list of errors; its text. */
    public String errors() {
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        return browser.findElement(By.id("errors")).getText();
    }
}
