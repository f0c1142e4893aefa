package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.thidua.signatures.Appearance;
import vn.thidua.signatures.PadesSigner;
import vn.thidua.signatures.SigningKey;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestClock;

/**
 * The decider signs the issued decision: in the product with a PKCS#12 file, or outside and uploaded;
 * the signed file is the original that every later download gives, and someone else's signature is
 * refused.
 */
@IntegrationTest
class DecisionSignatureIntegrationTest {

    static final String DECIDER_NAME = "Người ký quyết định";
    static TestPki pki;
    static TestPki.Person deciderKey;
    static TestPki.Person someoneElse;

    @LocalServerPort
    int port;

    @Autowired
    BlocFixture fixture;

    @Autowired
    TestClock clock;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Test Root CA");
        deciderKey = pki.person(DECIDER_NAME, null);
        someoneElse = pki.person("Trần Văn Khác", null);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @Test
    void theDeciderSignsTheDecisionAndEveryLaterDownloadIsTheSignedOriginal() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        String decider = fixture.decider(bloc);
        long id = IssuedDecision.issue(port, fixture, clock, bloc, "Hoàng Thị Lan", decider);
        String doc = "/api/v1/proposals/" + id + "/documents/quyet-dinh";
        Api api = Api.as(port, decider);
        byte[] unsigned = api.bytes(doc + ".pdf");

        // the board may read the decision but does not sign it
        assertThat(Api.as(port, bloc.board())
                        .postFile(
                                doc + "/signature",
                                Map.of("password", TestPki.PASSWORD),
                                "p12",
                                "k.p12",
                                deciderKey.pkcs12())
                        .status())
                .isEqualTo(403);
        // a wrong password: refused with its code, nothing kept
        JsonNode wrong = api.postFile(
                        doc + "/signature", Map.of("password", "sai"), "p12", "k.p12", deciderKey.pkcs12())
                .expect(400)
                .json();
        assertThat(wrong.toString()).contains("signature.key.unreadable");
        // someone else's certificate: refused
        assertThat(api.postFile(
                                doc + "/signature",
                                Map.of("password", TestPki.PASSWORD),
                                "p12",
                                "k.p12",
                                someoneElse.pkcs12())
                        .expect(400)
                        .json()
                        .toString())
                .contains("signature.signer.notYou");
        assertThat(api.bytes(doc + ".pdf")).isEqualTo(unsigned);

        api.postFile(doc + "/signature", Map.of("password", TestPki.PASSWORD), "p12", "k.p12", deciderKey.pkcs12())
                .expect(200);
        byte[] first = api.bytes(doc + ".pdf");
        byte[] again = Api.as(port, bloc.board()).bytes(doc + ".pdf");
        assertThat(first).isEqualTo(again).isNotEqualTo(unsigned);
        assertThat(java.util.Arrays.equals(first, 0, unsigned.length, unsigned, 0, unsigned.length))
                .isTrue();
        // signed once: a second signing or upload is a conflict
        assertThat(api.postFile(doc + "/signed", Map.of(), "file", "qd.pdf", first)
                        .status())
                .isEqualTo(409);

        JsonNode report = api.postFile("/api/v1/documents/verify", Map.of(), "file", "qd.pdf", first)
                .expect(200)
                .json();
        JsonNode signature = report.get("signatures").get(0);
        assertThat(signature.get("signer").asString()).isEqualTo(DECIDER_NAME);
        assertThat(signature.get("intact").asBoolean()).isTrue();
        assertThat(signature.get("wholeDocument").asBoolean()).isTrue();

        byte[] altered = first.clone();
        int at = unsigned.length / 2;
        altered[at] = (byte) (altered[at] ^ 0x01);
        JsonNode alteredReport = api.postFile("/api/v1/documents/verify", Map.of(), "file", "qd.pdf", altered)
                .expect(200)
                .json();
        assertThat(alteredReport.get("signatures").get(0).get("intact").asBoolean())
                .isFalse();
        assertThat(api.postFile("/api/v1/documents/verify", Map.of(), "file", "x.pdf", "not a pdf".getBytes())
                        .expect(400)
                        .json()
                        .toString())
                .contains("signature.verify.notPdf");

        Path out = Files.createDirectories(Path.of("target", "signatures"));
        Path file = out.resolve("decision-signed.pdf");
        Files.write(file, first);
        TestPki.require("pdfsig", "pdftoppm");
        assertThat(TestPki.run(List.of("pdfsig", file.toString()), null).output())
                .contains("Signature is Valid")
                .contains("Total document signed");
        TestPki.run(
                List.of(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        file.toString(),
                        out.resolve("decision").toString()),
                null);
    }

    @Test
    void aDecisionSignedOutsideIsAcceptedOnlyWhenItIsTheIssuedDocumentSignedByTheDecider() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        String decider = fixture.decider(bloc);
        long id = IssuedDecision.issue(port, fixture, clock, bloc, "Lê Văn Minh", decider);
        String doc = "/api/v1/proposals/" + id + "/documents/quyet-dinh";
        Api api = Api.as(port, decider);
        byte[] unsigned = api.bytes(doc + ".pdf");

        byte[] byOther = signOutside(unsigned, someoneElse);
        assertThat(api.postFile(doc + "/signed", Map.of(), "file", "qd.pdf", byOther)
                        .expect(400)
                        .json()
                        .toString())
                .contains("signature.signer.notYou");
        byte[] otherDocument = signOutside(PadesSignerFixture.otherPdf(unsigned), deciderKey);
        assertThat(api.postFile(doc + "/signed", Map.of(), "file", "qd.pdf", otherDocument)
                        .expect(400)
                        .json()
                        .toString())
                .contains("signature.upload.notTheDocument");
        assertThat(api.bytes(doc + ".pdf")).isEqualTo(unsigned);

        byte[] mine = signOutside(unsigned, deciderKey);
        api.postFile(doc + "/signed", Map.of(), "file", "qd.pdf", mine).expect(200);
        assertThat(api.bytes(doc + ".pdf")).isEqualTo(mine);
    }

    @Test
    void theBoardAddsTheIssuingBodysSignatureOverTheDecidersOnceTheDeciderSigned() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        String decider = fixture.decider(bloc);
        long id = IssuedDecision.issue(port, fixture, clock, bloc, "Phạm Văn Cơ", decider);
        String doc = "/api/v1/proposals/" + id + "/documents/quyet-dinh";
        String authority = Api.as(port, decider)
                .get("/api/v1/proposals/" + id)
                .expect(200)
                .json()
                .get("authorityName")
                .asString();
        TestPki.Person body = pki.person(vn.thidua.documents.domain.AuthorityNames.issuingBody(authority, true), null);
        Api board = Api.as(port, bloc.board());
        Map<String, String> password = Map.of("password", TestPki.PASSWORD);

        assertThat(board.postFile(doc + "/signature", password, "p12", "co-quan.p12", body.pkcs12())
                        .status())
                .as("the body signs after its decider")
                .isEqualTo(403);
        Api.as(port, decider)
                .postFile(doc + "/signature", password, "p12", "k.p12", deciderKey.pkcs12())
                .expect(200);
        byte[] byDecider = board.bytes(doc + ".pdf");
        assertThat(board.postFile(doc + "/signature", password, "p12", "k.p12", someoneElse.pkcs12())
                        .expect(400)
                        .body())
                .contains("signature.signer.notAwaited");
        board.postFile(doc + "/signature", password, "p12", "co-quan.p12", body.pkcs12())
                .expect(200);
        byte[] both = board.bytes(doc + ".pdf");
        assertThat(java.util.Arrays.equals(both, 0, byDecider.length, byDecider, 0, byDecider.length))
                .isTrue();
        assertThat(board.postFile(doc + "/signature", password, "p12", "co-quan.p12", body.pkcs12())
                        .status())
                .isEqualTo(409);

        Path out = Files.createDirectories(Path.of("target", "signatures"));
        Path file = out.resolve("decision-with-body.pdf");
        Files.write(file, both);
        TestPki.require("pdfsig", "pdftoppm");
        String pdfsig = TestPki.run(List.of("pdfsig", file.toString()), null).output();
        assertThat(pdfsig.split("Signature is Valid", -1)).hasSize(3);
        assertThat(pdfsig.substring(pdfsig.indexOf("Signature #2"))).contains("Total document signed");
        TestPki.run(
                List.of(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "80",
                        file.toString(),
                        out.resolve("decision-with-body").toString()),
                null);
    }

    private static byte[] signOutside(byte[] pdf, TestPki.Person person) {
        return new PadesSigner(null, 0, null)
                .sign(
                        pdf,
                        new SigningKey.Pkcs12(person.pkcs12(), TestPki.PASSWORD.toCharArray()),
                        new Appearance(
                                "Nguyễn Văn B",
                                "Nguyễn Văn B",
                                "Ký ngoài hệ thống",
                                ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                                null,
                                null))
                .content();
    }

    /** A different PDF of the same look: the issued one with one byte of its first revision changed. */
    static final class PadesSignerFixture {
        static byte[] otherPdf(byte[] pdf) {
            byte[] copy = pdf.clone();
            int at = pdf.length / 2;
            copy[at] = (byte) (copy[at] ^ 0x01);
            return copy;
        }
    }
}
