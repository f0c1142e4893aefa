package vn.thidua.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Chromium that runs axe-core over every page a browser test reaches, and fails the test on a serious or critical
 * violation of WCAG 2.1 A/AA, naming the rule and the elements.
 *
 * <p>A page is checked once it has loaded, when the test opens it ({@link #get}) or first looks into it
 * ({@link #findElement}): a click that leads to another page is followed by a look into that page, so no page a
 * test works on goes unchecked. Each kind of page is checked once per test run (its address with the numbers taken
 * out, with or without form errors shown, at phone or desktop width): the same screen with other data adds time,
 * not findings.
 */
final class AxeCheckedChromium extends ChromeDriver {

    private static final String AXE_RESOURCE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String AXE = load();
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /** What the page is, or null when it is not (yet) an HTML page to check. */
    private static final String PAGE_KIND = "if (window.__thiduaAxe || document.readyState !== 'complete'"
            + " || document.contentType !== 'text/html') return null;"
            + " return location.pathname.replace(/\\/\\d+/g, '/#')"
            + " + (document.querySelector('.is-invalid, .invalid-feedback:not(:empty)') ? ' (lỗi nhập)' : '')"
            + " + (window.innerWidth < 576 ? ' (điện thoại)' : '');";

    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']})"
            + ".then(r => { window.__thiduaAxe = true; done(r.violations"
            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => v.impact + ' ' + v.id + ' (' + v.help + '): '"
            + " + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160)).join(' | ')));"
            + " })"
            + ".catch(e => done(['axe-core failed: ' + e]));";

    private boolean checking;

    AxeCheckedChromium(ChromeDriverService service, ChromeOptions options) {
        super(service, options);
        manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void get(String url) {
        super.get(url);
        checkPage();
    }

    @Override
    public WebElement findElement(By by) {
        checkPage();
        return super.findElement(by);
    }

    @Override
    public List<WebElement> findElements(By by) {
        checkPage();
        return super.findElements(by);
    }

    private void checkPage() {
        if (checking) {
            return;
        }
        checking = true;
        try {
            Object kind = super.executeScript(PAGE_KIND);
            if (!(kind instanceof String page) || !CHECKED.add(page)) {
                return;
            }
            List<?> violations;
            try {
                super.executeScript(AXE);
                violations = (List<?>) super.executeAsyncScript(RUN);
            } catch (WebDriverException e) {
                CHECKED.remove(page); // the page went away under the check: check it where it is met next
                return;
            }
            if (violations != null && !violations.isEmpty()) {
                throw new AssertionError("axe-core: " + violations.size() + " serious or critical accessibility "
                        + "violation(s) on " + page + " (" + getCurrentUrl() + "):\n  "
                        + String.join(
                                "\n  ", violations.stream().map(String::valueOf).toList()));
            }
        } catch (WebDriverException e) {
            // an alert is open or the page is being swapped: the page is checked at the next look
        } finally {
            checking = false;
        }
    }

    private static String load() {
        try (InputStream in = AxeCheckedChromium.class.getResourceAsStream(AXE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + AXE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
