package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.platform.security.totp.Totp;
import vn.thidua.platform.security.totp.TotpSecret;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.Chromium;
import vn.thidua.support.ProductionInstance;

/**
 * A new province goes live in production mode (an external PostgreSQL, started here empty), through
 * the web pages only: the first administrator changes its configured password and enrols a second
 * factor, creates the province and the account of its board; the board activates its account by the
 * one-time link, enrols its second factor, creates its units and a bloc with a year, creates its
 * officers' accounts from an Excel list and launches the year; an officer activates its account by
 * link and signs its unit's covenant.
 */
class GoLiveBrowserTest {

    /** The instance under test runs in its own process on the machine's clock, so its codes are made on that clock. */
    private static final Clock PRODUCTION_CLOCK = Clock.systemUTC();

    private static final String ADMIN = "quantri";
    private static final String ADMIN_FIRST_PASSWORD = "chi-dung-mot-lan-khi-cai-dat";
    private static final String ADMIN_PASSWORD = "Hoa mai no ro ben them 2026";
    private static final String BOARD = "ban.caobang";
    private static final String BOARD_PASSWORD = "Non nuoc Cao Bang dep lam";
    private static final String OFFICER = "tuphap.caobang";
    private static final String OFFICER_PASSWORD = "Giao uoc thi dua ky roi nhe";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private EmbeddedPostgres database;
    private ConfigurableApplicationContext application;
    private final List<ChromeDriver> browsers = new ArrayList<>();
    private String base;

    @AfterEach
    void stopEverything() throws Exception {
        try {
            for (ChromeDriver browser : browsers) {
                try {
                    browser.quit();
                } catch (RuntimeException e) {
                    // already gone
                }
            }
        } finally {
            try {
                if (application != null) {
                    application.close();
                }
            } finally {
                if (database != null) {
                    // cleanDataDirectory: closing also deletes the data directory
                    database.close();
                }
            }
        }
    }

    @Test
    void aNewProvinceGoesLiveFromAnEmptyDatabaseThroughThePagesOnly() throws Exception {
        // first the browser: without Chromium the test is skipped (locally) or fails (CI) before starting anything
        Steps admin = browser();
        startTheApplicationOnAnEmptyDatabase();

        // 1. the first administrator: its configured password is changed at once, then the second factor
        admin.open("/");
        admin.waitFor("/login");
        admin.signIn(ADMIN, ADMIN_FIRST_PASSWORD, "/account/password");
        assertThat(admin.text(By.id("password-forced"))).contains("Mật khẩu hiện tại do người khác đặt");
        assertThat(admin.browser().findElements(By.id("current")))
                .as("no current password when forced")
                .isEmpty();
        admin.type(By.id("password"), ADMIN_PASSWORD);
        admin.type(By.id("confirmation"), ADMIN_PASSWORD);
        admin.submit("/account/two-factor");
        assertThat(admin.text(By.id("totp-required"))).contains("phải đăng nhập bằng hai yếu tố");
        admin.enrolSecondFactor();

        // in production there are no demo data and no demo users: an empty registry, one account
        admin.open("/authorities");
        assertThat(admin.browser().findElements(By.cssSelector("main tbody tr")))
                .isEmpty();
        admin.open("/accounts");
        assertThat(admin.waitVisible(By.cssSelector("#accounts tbody")).findElements(By.tagName("tr")))
                .singleElement()
                .extracting(WebElement::getText)
                .asString()
                .contains(ADMIN, "Quản trị hệ thống", "2 yếu tố");

        // 2. the administrator creates the province and its board's account
        admin.open("/authorities/new");
        admin.type(By.id("name"), "Tỉnh Cao Bằng");
        admin.type(By.id("code"), "cao-bang");
        admin.choose(By.id("kind"), "Tỉnh, thành phố");
        admin.submitTo("/authorities/\\d+");
        assertThat(admin.text(By.tagName("main"))).contains("Đã thêm Tỉnh Cao Bằng.");

        admin.open("/accounts/new");
        admin.type(By.id("fullName"), "Nông Thị Hạnh");
        admin.type(By.id("username"), BOARD);
        admin.type(By.id("email"), "hanh.ban@caobang.gov.vn");
        admin.choose(By.id("role"), "Ban Thi đua – Khen thưởng");
        admin.choose(By.id("authorityId"), "Tỉnh Cao Bằng");
        admin.click(By.id("save-account"));
        String boardLink = admin.waitVisible(By.id("activation-link")).getDomProperty("value");
        assertThat(boardLink).startsWith(base + "/activate/");

        // in production HTTP Basic is off, even with the administrator's right password
        assertThat(getWithBasic("/api/v1/authorities", ADMIN, ADMIN_PASSWORD)).isEqualTo(401);

        // 3. the board activates its account by the link and enrols its second factor
        Steps board = browser();
        board.browser().get(boardLink);
        board.waitFor("/activate/");
        assertThat(board.text(By.tagName("main"))).contains(BOARD, "Nông Thị Hạnh");
        board.type(By.id("password"), BOARD_PASSWORD);
        board.type(By.id("confirmation"), BOARD_PASSWORD);
        board.submit("/login?activated=");
        assertThat(board.text(By.id("activated"))).contains(BOARD);
        board.signIn(BOARD, BOARD_PASSWORD, "/account/two-factor");
        assertThat(board.text(By.id("totp-required"))).contains("phải đăng nhập bằng hai yếu tố");
        assertThat(board.waitVisible(By.id("totp-qr")).getDomAttribute("src")).startsWith("data:image/");
        screenshot(board, "golive-1-totp-enrol.png");
        board.enrolSecondFactor();
        screenshot(board, "golive-2-board-home.png");

        // 4. the board creates its units, a bloc and the bloc's year
        Map<String, String> units = new LinkedHashMap<>();
        units.put("Sở Tư pháp", "STP");
        units.put("Sở Nội vụ", "SNV");
        units.put("Văn phòng UBND tỉnh", "VP UBND");
        for (Map.Entry<String, String> unit : units.entrySet()) {
            board.open("/units/new");
            assertThat(new Select(board.browser().findElement(By.id("authorityId")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Tỉnh Cao Bằng");
            board.type(By.id("name"), unit.getKey());
            board.type(By.id("shortName"), unit.getValue());
            board.choose(By.id("kind"), unit.getKey().startsWith("Sở") ? "Sở" : "Văn phòng");
            board.submitTo("/units/\\d+");
            assertThat(board.text(By.tagName("main"))).contains("Đã thêm đơn vị " + unit.getKey() + ".");
        }

        board.open("/blocs/new");
        board.type(By.id("name"), "Khối thi đua các cơ quan Nội chính");
        board.choose(By.id("kind"), "Khối thi đua");
        board.type(By.id("description"), "Các cơ quan tham mưu về nội chính của tỉnh.");
        board.submitTo("/blocs/\\d+");
        String blocPath = URI.create(board.browser().getCurrentUrl()).getPath();
        board.click(By.cssSelector("a[href$='/years/new']"));
        board.waitFor("/years/new");
        int year = Integer.parseInt(board.browser().findElement(By.id("year")).getDomProperty("value"));
        for (WebElement member : board.browser().findElements(By.name("memberUnitIds"))) {
            board.tick(member);
        }
        board.choose(By.id("leaderUnitId"), "Sở Tư pháp");
        board.choose(By.id("deputyUnitId"), "Sở Nội vụ");
        board.type(By.id("flagQuota"), "1");
        board.submitTo(blocPath + "(#nam-\\d+)?");
        WebElement yearCard = board.waitVisible(By.id("nam-" + year));
        assertThat(yearCard.findElement(By.className("year-leader")).getText()).isEqualTo("Sở Tư pháp");
        assertThat(yearCard.findElement(By.className("year-deputy")).getText()).isEqualTo("Sở Nội vụ");

        // 5. the board creates its officers' accounts from an Excel list (names as people type them)
        Path list = officersList(List.of(
                List.of(OFFICER, "Hoàng Văn Tư", "Sở Tư pháp", "tu.stp@caobang.gov.vn"),
                List.of("noivu.caobang", "Lục Thị Vân", "SNV", ""),
                List.of("vanphong.caobang", "Đàm Quang Minh", "Van phong UBND tinh", "")));
        board.open("/accounts/import");
        board.browser()
                .findElement(By.id("import-file"))
                .sendKeys(list.toAbsolutePath().toString());
        board.click(By.id("import-submit"));
        WebElement report = board.waitVisible(By.id("import-report"));
        assertThat(report.getText()).contains("Đã tạo 3 tài khoản; giữ nguyên 0.");
        Map<String, String> officerLinks = new LinkedHashMap<>();
        for (WebElement row : report.findElements(By.cssSelector("tbody tr"))) {
            String username = row.findElements(By.tagName("td")).get(1).getText();
            officerLinks.put(
                    username,
                    row.findElement(By.cssSelector("code.activation-link")).getText());
        }
        assertThat(officerLinks).containsOnlyKeys(OFFICER, "noivu.caobang", "vanphong.caobang");
        assertThat(officerLinks.values()).allMatch(link -> link.startsWith(base + "/activate/"));
        screenshot(board, "golive-3-import-report.png");

        // 6. the board launches the year
        board.open(blocPath);
        board.click(By.cssSelector("#nam-" + year + " a.open-year"));
        board.waitFor("/bloc-years/");
        String workspace = URI.create(board.browser().getCurrentUrl()).getPath();
        board.click(By.cssSelector("a[href$='/launch']"));
        board.waitFor("/launch");
        // the order of a date field's parts follows the browser's language: set its ISO value as a date picker does
        board.browser()
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        board.browser().findElement(By.id("launchedOn")),
                        year + "-01-15");
        board.type(
                By.id("text"),
                "Ban Thi đua – Khen thưởng tỉnh phát động thi đua năm " + year + " trong các cơ quan Khối Nội chính.");
        board.type(By.id("movements"), "Thi đua thực hiện thắng lợi nhiệm vụ chính trị\nCải cách hành chính");
        board.submitIn("#launch-form", workspace);
        assertThat(board.text(By.cssSelector("[role=status]"))).contains("Đã phát động thi đua");
        assertThat(board.text(By.id("progress-summary"))).contains("Chưa ký giao ước: 3");

        // 7. an officer activates its account by the link, on a phone, and signs its unit's covenant
        Steps officer = browser();
        officer.browser().manage().window().setSize(new Dimension(390, 844));
        officer.browser().get(officerLinks.get(OFFICER));
        officer.waitFor("/activate/");
        assertThat(officer.text(By.tagName("main"))).contains(OFFICER, "Hoàng Văn Tư");
        screenshot(officer, "golive-4-activation-phone.png");
        officer.type(By.id("password"), OFFICER_PASSWORD);
        officer.type(By.id("confirmation"), OFFICER_PASSWORD);
        officer.submit("/login?activated=");
        officer.browser().manage().window().setSize(new Dimension(1366, 900));
        officer.signIn(OFFICER, OFFICER_PASSWORD, "/");
        assertThat(officer.text(By.tagName("h1"))).isEqualTo("Xin chào, Hoàng Văn Tư");
        officer.click(By.cssSelector("a[href$='/years/" + year + "/cycle']"));
        officer.waitFor(workspace);
        officer.click(By.cssSelector("#my-tasks a[href*='/covenant/']"));
        officer.waitFor("/covenant/");
        String covenant = URI.create(officer.browser().getCurrentUrl()).getPath();
        officer.type(
                By.id("targets"),
                "100% văn bản quy phạm pháp luật được thẩm định đúng hạn\n"
                        + "Giải quyết hồ sơ lý lịch tư pháp trước hạn");
        officer.submitIn("#targets-form", covenant);
        officer.type(By.id("signerName"), "Hoàng Văn Tư");
        officer.type(By.id("signerPosition"), "Giám đốc Sở Tư pháp");
        officer.submitIn("#sign-form", workspace);
        assertThat(officer.text(By.cssSelector("[role=status]"))).isEqualTo("Đã ký giao ước thi đua.");

        // the year's workspace and the covenant page show Sở Tư pháp as signed
        WebElement progressRow = officer.browser()
                .findElement(By.xpath("//table[@id='progress']//tr[td[1]/span[normalize-space()='Sở Tư pháp']]"));
        assertThat(progressRow.findElements(By.tagName("td")).get(1).getText()).isEqualTo("Đã ký");
        officer.click(By.cssSelector("#my-tasks a[href*='/covenant/']"));
        officer.waitFor(covenant);
        assertThat(officer.text(By.id("signed"))).contains("Hoàng Văn Tư", "Giám đốc Sở Tư pháp");
        WebElement covenantRow = officer.browser()
                .findElement(By.xpath("//table[@id='covenants']//tr[td[1][normalize-space()='Sở Tư pháp']]"));
        assertThat(covenantRow.getText()).contains("Hoàng Văn Tư (Giám đốc Sở Tư pháp)");
        screenshot(officer, "golive-5-covenant-signed.png");

        // 8. the board sees it too: the covenant signed, its officers' accounts, the one in use
        board.open(workspace);
        assertThat(board.text(By.id("progress-summary"))).contains("Chưa ký giao ước: 2");
        board.open("/accounts");
        WebElement accounts = board.waitVisible(By.id("accounts"));
        assertThat(accounts.getText()).contains("Hoàng Văn Tư", "Lục Thị Vân", "Đàm Quang Minh", BOARD);
        assertThat(accountRow(board, OFFICER).getText())
                .contains("Cán bộ", "Sở Tư pháp", "Đang dùng")
                .doesNotContain("Chưa kích hoạt");
        // the list's "SNV" and "Van phong UBND tinh" were matched to the units' names
        assertThat(accountRow(board, "noivu.caobang").getText()).contains("Sở Nội vụ", "Chưa kích hoạt");
        assertThat(accountRow(board, "vanphong.caobang").getText()).contains("Văn phòng UBND tỉnh", "Chưa kích hoạt");
        assertThat(accountRow(board, BOARD).getText()).contains("Đang dùng", "2 yếu tố");
        screenshot(board, "golive-6-board-accounts.png");
    }

    private void startTheApplicationOnAnEmptyDatabase() throws Exception {
        database = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("thidua-golive-pg"))
                .setCleanDataDirectory(true)
                .start();
        ProductionInstance instance = ProductionInstance.start(
                database,
                ProductionInstance.freePort(),
                "--thidua.admin.username=" + ADMIN,
                "--thidua.admin.password=" + ADMIN_FIRST_PASSWORD);
        base = instance.base();
        application = instance.context();
    }

    private Steps browser() throws Exception {
        ChromeDriver browser = Chromium.start();
        browsers.add(browser);
        return new Steps(browser, new WebDriverWait(browser, Duration.ofSeconds(15)));
    }

    private WebElement accountRow(Steps board, String username) {
        return board.browser()
                .findElement(By.xpath("//table[@id='accounts']//tr[td/code[normalize-space()='" + username + "']]"));
    }

    private int getWithBasic(String path, String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static Path officersList(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("danh-sach-can-bo", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Cán bộ");
            List<String> header = List.of("Tên đăng nhập", "Họ và tên", "Đơn vị", "Thư điện tử");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    private static void screenshot(Steps steps, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path shot = steps.browser().getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** One person's browser on the application. */
    private final class Steps {

        private final ChromeDriver browser;
        private final WebDriverWait waiting;
        private final BrowserSteps steps;

        Steps(ChromeDriver browser, WebDriverWait waiting) {
            this.browser = browser;
            this.waiting = waiting;
            this.steps = new BrowserSteps(browser, waiting);
        }

        ChromeDriver browser() {
            return browser;
        }

        void open(String path) {
            browser.get(base + path);
        }

        void waitFor(String addressPart) {
            waiting.until(ExpectedConditions.urlContains(addressPart));
        }

        WebElement waitVisible(By by) {
            return waiting.until(ExpectedConditions.visibilityOfElementLocated(by));
        }

        String text(By by) {
            return waitVisible(by).getText();
        }

        void type(By by, String text) {
            WebElement field = browser.findElement(by);
            field.clear();
            field.sendKeys(text);
        }

        void choose(By by, String visibleText) {
            new Select(browser.findElement(by)).selectByVisibleText(visibleText);
        }

        void tick(WebElement element) {
            steps.tick(element);
        }

        void click(By by) {
            steps.click(by);
        }

        /** Submits the page's main form and waits to be on a page whose address contains {@code next}. */
        void submit(String next) {
            steps.click(By.cssSelector("main form button[type=submit]"));
            waitFor(next);
        }

        /**
         * Submits the main form and waits for an address whose path matches {@code pathPattern} (a regular expression).
         */
        void submitTo(String pathPattern) {
            steps.click(By.cssSelector("main form button[type=submit]"));
            waitForPath(pathPattern);
        }

        /**
         * Submits the form matching {@code formSelector} and waits for an address whose path matches {@code
         * pathPattern}.
         */
        void submitIn(String formSelector, String pathPattern) {
            steps.click(By.cssSelector(formSelector + " button[type=submit]"));
            waitForPath(pathPattern);
        }

        void waitForPath(String pathPattern) {
            waiting.until(ExpectedConditions.urlMatches("^" + Pattern.quote(base) + pathPattern + "$"));
        }

        void signIn(String username, String password, String next) {
            waitFor("/login");
            browser.findElement(By.id("username")).sendKeys(username);
            browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
            waitFor(next);
        }

        /**
         * On the enrolment page: reads the secret as a person would type it into the app, gives its code, keeps the
         * recovery codes.
         */
        void enrolSecondFactor() {
            String secret = text(By.id("totp-secret"));
            String code = Totp.code(TotpSecret.fromBase32(secret), Totp.timeStep(PRODUCTION_CLOCK.instant()));
            type(By.id("code"), code);
            submit("/account/two-factor");
            List<WebElement> codes =
                    waiting.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recovery-codes li"), 10));
            assertThat(codes).allMatch(c -> !c.getText().isBlank());
            click(By.id("recovery-continue"));
            waitVisible(By.id("home-search"));
        }
    }
}
