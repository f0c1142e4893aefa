package vn.thidua.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (Selenium Manager never downloads).
 * Missing locally, browser tests are skipped; missing on CI (CI=true), they fail. Every page a test reaches is
 * checked by axe-core ({@link AxeCheckedChromium}).
 */
public final class Chromium {

    private static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private Chromium() {}

    public static ChromeDriver start() throws Exception {
        return start(null);
    }

    /** A browser that saves downloads into the given folder without asking. */
    public static ChromeDriver start(Path downloads) throws Exception {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Chromium is missing at " + BROWSER + " / " + DRIVER);
            }
            Assumptions.abort("Chromium not installed (" + BROWSER + "); browser test skipped locally");
        }
        Path profile = Files.createTempDirectory("thidua-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1366,900",
                "--lang=vi",
                "--user-data-dir=" + profile);
        if (downloads != null) {
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory",
                            downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download",
                            false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new AxeCheckedChromium(service, options);
    }

    /** The page as shown now, saved as target/screenshots/{@code name} (a PNG) for a person to look at. */
    public static Path screenshot(ChromeDriver browser, String name) throws IOException {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        return shot;
    }

    /**
     * The file the browser downloaded into the folder whose name ends so, waited for (with {@code wait}) until its
     * bytes are written: the browser may show the file under its name before.
     */
    public static Path downloaded(WebDriverWait wait, Path folder, String ending) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(ending)
                                && f.toFile().length() > 0)
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * Chromium for one test at a time, quit after each test whatever its outcome: a test class
     * registers it ({@code @RegisterExtension}) and starts the browser when it needs one.
     */
    public static final class PerTest implements AfterEachCallback {

        private ChromeDriver browser;

        public ChromeDriver start() throws Exception {
            return start(null);
        }

        public ChromeDriver start(Path downloads) throws Exception {
            browser = Chromium.start(downloads);
            return browser;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (browser != null) {
                browser.quit();
                browser = null;
            }
        }
    }
}
