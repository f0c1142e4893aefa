package vn.thidua.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A scoring sheet's page in the browser: each criterion's points and comment, found by the labels a reader hears. */
public record ScoringSheetPage(WebDriver browser) {

    /** Types the points of the criterion over what its field held. */
    public void fill(String code, String value) {
        WebElement input = pointsField(code);
        input.clear();
        input.sendKeys(value);
    }

    /** What the criterion's points field holds. */
    public String points(String code) {
        return pointsField(code).getAttribute("value");
    }

    /** Types a comment on the criterion. */
    public void comment(String code, String text) {
        commentField(code).sendKeys(text);
    }

    /** What the criterion's comment holds. */
    public String commentOf(String code) {
        return commentField(code).getAttribute("value");
    }

    private WebElement pointsField(String code) {
        return browser.findElement(By.cssSelector("input[aria-label='Điểm tiêu chí " + code + "']"));
    }

    private WebElement commentField(String code) {
        return browser.findElement(By.cssSelector("textarea[aria-label='Nhận xét tiêu chí " + code + "']"));
    }
}
