package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;
import vn.thidua.support.SigningFixture;

/**
 * Issue 22: a dossier's file that is a signed PDF shows its signatures (signer, chain, time, intact or
 * altered), verified when asked, for whoever may download the file and nobody else.
 */
@IntegrationTest
class DossierFileSignaturesIntegrationTest extends BrowserTestBase {

    static final String SIGNER = "Phạm Thị Thu";

    @RegisterExtension
    static final SigningFixture pki = new SigningFixture();

    @Test
    void aSignedPdfOfTheDossierShowsItsSignaturesToWhoeverMayDownloadIt() throws Exception {
        byte[] signedPdf = SigningFixture.sign(
                Pdfs.onePage(), pki.person(SIGNER, "thu@langson.gov.vn"), SIGNER, "Sở Nội vụ tỉnh Lạng Sơn");
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(1));
        long id = proposer.draft(bloc, bloc.unit(1));
        String p = "/api/v1/proposals/" + id;
        proposer.postFile(p + "/files", Map.of(), "bien-ban-da-ky.pdf", signedPdf)
                .expect(200);
        JsonNode files = proposer.postFile(p + "/files", Map.of(), "khong-ky.pdf", Pdfs.onePage())
                .expect(200)
                .json()
                .get("files");
        long signed = fileId(files, "bien-ban-da-ky.pdf");
        long unsigned = fileId(files, "khong-ky.pdf");

        JsonNode report =
                proposer.get(p + "/files/" + signed + "/signatures").expect(200).json();
        JsonNode signature = report.get("signatures").get(0);
        assertThat(signature.get("signer").asString()).isEqualTo(SIGNER);
        assertThat(signature.get("email").asString()).isEqualTo("thu@langson.gov.vn");
        assertThat(signature.get("intact").asBoolean()).isTrue();
        assertThat(signature.get("trusted").asBoolean()).isFalse();
        assertThat(proposer.get(p + "/files/" + unsigned + "/signatures")
                        .expect(200)
                        .json()
                        .get("signatures"))
                .isEmpty();
        // the same access as the file's download: another unit reads neither
        ProposalClient other = ProposalClient.as(port, bloc.officer(0));
        assertThat(other.get(p + "/files/" + signed).status()).isEqualTo(403);
        assertThat(other.get(p + "/files/" + signed + "/signatures").status()).isEqualTo(403);
        assertThat(proposer.get(p + "/files/999999999/signatures").status()).isEqualTo(404);

        // the page: a "Chữ ký số" link on each PDF of the dossier, the report in Vietnamese
        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn(bloc.officer(1), "http://localhost:" + port + "/proposals/" + id, "localhost");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier")));
        assertThat(browser.findElements(By.cssSelector("a.file-signatures"))).hasSize(2);
        browser.findElement(By.cssSelector("a.file-signatures[href$='/files/" + signed + "/signatures']"))
                .click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chữ ký số của tệp trong hồ sơ");
        assertThat(browser.findElement(By.id("verify-result")).getText())
                .contains("bien-ban-da-ky.pdf")
                .contains("Chữ ký 1: " + SIGNER)
                .contains("Toàn vẹn")
                .contains("thu@langson.gov.vn")
                .contains("không thuộc chứng thư gốc tin cậy");
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.navigate().refresh();
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
            Files.write(
                    Path.of("target", "dossier-file-signatures-" + width + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.findElement(By.id("back-to-dossier")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier")));
    }

    private static long fileId(JsonNode files, String name) {
        return files.valueStream()
                .filter(f -> f.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }
}
