package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.signatures.HostileFiles;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Pdfs;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/**
 * The attacker's files at the endpoints that take a PDF or a key (issue 22): the verification page and
 * API, the decider's signing form and the upload of a copy signed outside. Each is refused in
 * Vietnamese with its stable code, quickly, with no stack trace nor a library's English, and nothing
 * is kept.
 */
@IntegrationTest
class HostileSignatureFilesIntegrationTest extends ApplicationTestBase {

    @Autowired
    TestClock clock;

    @Test
    void theVerifyApiRefusesEachHostileFileWithItsCode() {
        Api api = Api.as(port, "ban.langson");
        refused(api, "/api/v1/documents/verify", "file", HostileFiles.bomb(300, 1), "signature.verify.bomb");
        refused(api, "/api/v1/documents/verify", "file", HostileFiles.bomb(300, 3), "signature.verify.bomb");
        refused(
                api,
                "/api/v1/documents/verify",
                "file",
                HostileFiles.truncated(Pdfs.onePage()),
                "signature.verify.notPdf");
        refused(api, "/api/v1/documents/verify", "file", HostileFiles.encrypted(), "signature.verify.encrypted");
        refused(
                api,
                "/api/v1/documents/verify",
                "file",
                HostileFiles.manySignatures(2000),
                "signature.verify.tooManySignatures");
        // more than the upload limit (10 MB) is refused before it is read
        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
        refused(api, "/api/v1/documents/verify", "file", large, "signature.verify.tooLarge");
        // nobody who is not signed in
        assertThat(Api.anonymous(port)
                        .postFile("/api/v1/documents/verify", Map.of(), "file", "x.pdf", Pdfs.onePage())
                        .status())
                .isIn(401, 403);
    }

    @Test
    void theVerifyPageShowsTheRefusalAndRefusesAFormWithoutItsToken() {
        WebSession session = WebSession.loggedIn(port, "ban.langson");
        session.get("/documents/verify");
        WebSession.Page page =
                session.postFile("/documents/verify", Map.of(), "file", "bom.pdf", HostileFiles.bomb(300, 1));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"verify-error\"").contains("phần nén giãn ra quá lớn");
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("eu.europa");
        // a file name that would be markup is shown as text, its control characters gone
        WebSession.Page named =
                session.postFile("/documents/verify", Map.of(), "file", "<script>x\u202e.pdf", Pdfs.onePage());
        assertThat(named.body()).contains("&lt;script&gt;x.pdf").doesNotContain("<script>x");

        WebSession forged = WebSession.loggedIn(port, "ban.langson");
        Map<String, String> noToken = new HashMap<>();
        noToken.put("_csrf", "sai");
        assertThat(forged.postFile("/documents/verify", noToken, "file", "x.pdf", Pdfs.onePage())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theDecidersSigningRefusesAGarbageOrOversizedKeyAndABombedSignedCopyAndKeepsNothing() throws Exception {
        IssuedDecision.Issued issued = IssuedDecision.inNewBloc(port, fixture, clock, "Đỗ Thị Hà");
        String doc = issued.document();
        Api api = Api.as(port, issued.decider());
        byte[] unsigned = api.bytes(doc + ".pdf");
        Map<String, String> password = Map.of("password", TestPki.PASSWORD);

        refused(api, doc + "/signature", password, "p12", HostileFiles.garbageKey(), "signature.key.unreadable");
        refused(api, doc + "/signature", password, "p12", new byte[100 * 1024], "signature.key.tooLarge");

        // a copy "signed outside": the issued PDF with a bomb appended as its next revision
        ByteArrayOutputStream bombed = new ByteArrayOutputStream();
        bombed.writeBytes(unsigned);
        bombed.writeBytes(HostileFiles.bomb(300, 1));
        refused(api, doc + "/signed", Map.of(), "file", bombed.toByteArray(), "signature.verify.bomb");

        assertThat(api.bytes(doc + ".pdf")).isEqualTo(unsigned);
    }

    private static void refused(Api api, String path, String field, byte[] content, String code) {
        refused(api, path, Map.of(), field, content, code);
    }

    private static void refused(
            Api api, String path, Map<String, String> fields, String field, byte[] content, String code) {
        long start = System.nanoTime();
        Api.Response response = api.postFile(path, fields, field, "tep.pdf", content);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.toString())
                .contains(code)
                .doesNotContain("Exception")
                .doesNotContain("eu.europa");
        assertThat(problem.get("detail").asString())
                .matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*");
    }
}
