package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.SigningFixture.altered;
import static vn.thidua.support.SigningFixture.keeps;
import static vn.thidua.support.SigningFixture.pdfsig;
import static vn.thidua.support.SigningFixture.signWithKey;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.SigningFixture;
import vn.thidua.support.TestClock;

/**
 * The decider signs the issued decision: in the product with a PKCS#12 file, or outside and uploaded;
 * the signed file is the original that every later download gives, and someone else's signature is
 * refused.
 */
@IntegrationTest
class DecisionSignatureIntegrationTest extends ApplicationTestBase {

    static final String SOMEONE_ELSE = "Trần Văn Khác";

    @RegisterExtension
    static final SigningFixture pki = new SigningFixture();

    @Autowired
    TestClock clock;

    @Test
    void theDeciderSignsTheDecisionAndEveryLaterDownloadIsTheSignedOriginal() throws Exception {
        IssuedDecision.Issued issued = IssuedDecision.inNewBloc(port, fixture, clock, "Hoàng Thị Lan");
        String doc = issued.document();
        Api api = Api.as(port, issued.decider());
        byte[] unsigned = api.bytes(doc + ".pdf");
        TestPki.Person deciderKey = pki.person(IssuedDecision.DECIDER_NAME);
        TestPki.Person someoneElse = pki.person(SOMEONE_ELSE);

        // the board may read the decision but does not sign it
        assertThat(signWithKey(Api.as(port, issued.bloc().board()), doc, deciderKey)
                        .status())
                .isEqualTo(403);
        // a wrong password: refused with its code, nothing kept
        JsonNode wrong = api.postFile(
                        doc + "/signature", Map.of("password", "sai"), "p12", "k.p12", deciderKey.pkcs12())
                .expect(400)
                .json();
        assertThat(wrong.toString()).contains("signature.key.unreadable");
        // someone else's certificate: refused
        assertThat(signWithKey(api, doc, someoneElse).expect(400).json().toString())
                .contains("signature.signer.notYou");
        assertThat(api.bytes(doc + ".pdf")).isEqualTo(unsigned);

        signWithKey(api, doc, deciderKey).expect(200);
        byte[] first = api.bytes(doc + ".pdf");
        byte[] again = Api.as(port, issued.bloc().board()).bytes(doc + ".pdf");
        assertThat(first).isEqualTo(again).isNotEqualTo(unsigned);
        assertThat(keeps(first, unsigned)).isTrue();
        // signed once: a second signing or upload is a conflict
        assertThat(api.postFile(doc + "/signed", Map.of(), "file", "qd.pdf", first)
                        .status())
                .isEqualTo(409);

        JsonNode report = api.postFile("/api/v1/documents/verify", Map.of(), "file", "qd.pdf", first)
                .expect(200)
                .json();
        JsonNode signature = report.get("signatures").get(0);
        assertThat(signature.get("signer").asString()).isEqualTo(IssuedDecision.DECIDER_NAME);
        assertThat(signature.get("intact").asBoolean()).isTrue();
        assertThat(signature.get("wholeDocument").asBoolean()).isTrue();

        byte[] altered = altered(first, unsigned.length / 2);
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

        assertThat(pdfsig(first, "decision-signed.pdf", "decision", 60))
                .contains("Signature is Valid")
                .contains("Total document signed");
    }

    @Test
    void aDecisionSignedOutsideIsAcceptedOnlyWhenItIsTheIssuedDocumentSignedByTheDecider() throws Exception {
        IssuedDecision.Issued issued = IssuedDecision.inNewBloc(port, fixture, clock, "Lê Văn Minh");
        String doc = issued.document();
        Api api = Api.as(port, issued.decider());
        byte[] unsigned = api.bytes(doc + ".pdf");
        TestPki.Person deciderKey = pki.person(IssuedDecision.DECIDER_NAME);
        TestPki.Person someoneElse = pki.person(SOMEONE_ELSE);

        byte[] byOther = signOutside(unsigned, someoneElse);
        assertThat(api.postFile(doc + "/signed", Map.of(), "file", "qd.pdf", byOther)
                        .expect(400)
                        .json()
                        .toString())
                .contains("signature.signer.notYou");
        byte[] otherDocument = signOutside(altered(unsigned), deciderKey);
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
        IssuedDecision.Issued issued = IssuedDecision.inNewBloc(port, fixture, clock, "Phạm Văn Cơ");
        String doc = issued.document();
        TestPki.Person body = pki.person(issued.issuingBody(port));
        Api board = Api.as(port, issued.bloc().board());
        Map<String, String> password = Map.of("password", TestPki.PASSWORD);
        TestPki.Person deciderKey = pki.person(IssuedDecision.DECIDER_NAME);
        TestPki.Person someoneElse = pki.person(SOMEONE_ELSE);

        assertThat(board.postFile(doc + "/signature", password, "p12", "co-quan.p12", body.pkcs12())
                        .status())
                .as("the body signs after its decider")
                .isEqualTo(403);
        signWithKey(Api.as(port, issued.decider()), doc, deciderKey).expect(200);
        byte[] byDecider = board.bytes(doc + ".pdf");
        assertThat(board.postFile(doc + "/signature", password, "p12", "k.p12", someoneElse.pkcs12())
                        .expect(400)
                        .body())
                .contains("signature.signer.notAwaited");
        board.postFile(doc + "/signature", password, "p12", "co-quan.p12", body.pkcs12())
                .expect(200);
        byte[] both = board.bytes(doc + ".pdf");
        assertThat(keeps(both, byDecider)).isTrue();
        assertThat(board.postFile(doc + "/signature", password, "p12", "co-quan.p12", body.pkcs12())
                        .status())
                .isEqualTo(409);

        String pdfsig = pdfsig(both, "decision-with-body.pdf", "decision-with-body", 80);
        assertThat(pdfsig.split("Signature is Valid", -1)).hasSize(3);
        assertThat(pdfsig.substring(pdfsig.indexOf("Signature #2"))).contains("Total document signed");
    }

    /** Signed outside the product, the appearance naming the decision's recorded signer whoever's the key. */
    private static byte[] signOutside(byte[] pdf, TestPki.Person person) {
        return SigningFixture.signOutside(pdf, person, "Nguyễn Văn B");
    }
}
