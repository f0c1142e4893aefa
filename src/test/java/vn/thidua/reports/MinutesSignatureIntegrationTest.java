package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.reports.MinutesConference.CHAIR;
import static vn.thidua.reports.MinutesConference.SECRETARY;
import static vn.thidua.reports.MinutesConference.SOMEONE_ELSE;
import static vn.thidua.support.SigningFixture.altered;
import static vn.thidua.support.SigningFixture.keeps;
import static vn.thidua.support.SigningFixture.pdfsig;
import static vn.thidua.support.SigningFixture.signWithKey;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.SigningFixture;
import vn.thidua.support.WebSession;

/**
 * The conference's minutes carry two signatures, the chair's and the secretary's, applied by the
 * leading unit or the board once the conference record is locked: each a revision added to the signed
 * original, the earlier one left intact; nobody else's certificate, and no file that changes the first
 * revision, is taken.
 */
@IntegrationTest
class MinutesSignatureIntegrationTest extends ApplicationTestBase {

    @RegisterExtension
    static final SigningFixture pki = new SigningFixture();

    /** A bloc year whose conference record names the chair and the secretary; locked when {@code lock}. */
    private BlocFixture.Bloc conference(boolean lock) {
        BlocFixture.Bloc bloc = MinutesConference.held(port, fixture, "adopted", "Báo cáo tổng kết năm 2024");
        Api leader = Api.as(port, bloc.officer(0));
        if (lock) {
            leader.post(bloc.path("/conference/sign"), "{}").expect(200);
        }
        return bloc;
    }

    private static String minutes(BlocFixture.Bloc bloc) {
        return bloc.path("/documents/bien-ban-hoi-nghi");
    }

    @Test
    void theChairThenTheSecretarySignTheLockedMinutesAndTheSecondSignatureCoversTheWholeFile() throws Exception {
        BlocFixture.Bloc bloc = conference(false);
        Api leader = Api.as(port, bloc.officer(0));
        Api board = Api.as(port, bloc.board());
        String doc = minutes(bloc);

        // not yet locked: the minutes may still change, nothing to sign
        assertThat(signWithKey(leader, doc, pki.person(CHAIR)).expect(409).body())
                .contains("minutes.signature.notLocked");
        assertThat(leader.get(doc + "/signatures").status()).isEqualTo(204);
        leader.post(bloc.path("/conference/sign"), "{}").expect(200);

        // a member unit that does not lead the bloc neither drafts nor signs the minutes
        assertThat(signWithKey(Api.as(port, bloc.officer(1)), doc, pki.person(CHAIR))
                        .status())
                .isEqualTo(403);
        byte[] unsigned = leader.bytes(doc + "/ban-ky.pdf");
        // a certificate of neither the chair nor the secretary
        assertThat(signWithKey(leader, doc, pki.person(SOMEONE_ELSE))
                        .expect(400)
                        .body())
                .contains("signature.signer.notAwaited")
                .contains(CHAIR)
                .contains(SECRETARY);
        assertThat(leader.bytes(doc + "/ban-ky.pdf")).isEqualTo(unsigned);

        signWithKey(leader, doc, pki.person(CHAIR)).expect(200);
        byte[] first = leader.bytes(doc + "/ban-ky.pdf");
        assertThat(first).isNotEqualTo(unsigned);
        assertThat(keeps(first, unsigned)).isTrue();
        JsonNode half = leader.get(doc + "/signatures").expect(200).json();
        assertThat(half.get("places").get(0).get("signature").get("signer").asString())
                .isEqualTo(CHAIR);
        assertThat(half.get("places").get(1).get("signature").isNull()).isTrue();
        // the chair's place is filled: the chair's certificate fills nothing more
        assertThat(signWithKey(leader, doc, pki.person(CHAIR)).expect(400).body())
                .contains("signature.signer.notAwaited");

        // a copy whose first revision was changed, then signed by the secretary: not the stored original
        byte[] changed = altered(first, unsigned.length / 2);
        assertThat(board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", pki.signOutside(changed, SECRETARY))
                        .expect(400)
                        .body())
                .contains("signature.upload.notTheOriginal");
        // nor a copy signed on the unsigned minutes, leaving the chair's signature out
        assertThat(board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", pki.signOutside(unsigned, SECRETARY))
                        .expect(400)
                        .body())
                .contains("signature.upload.notTheOriginal");
        assertThat(leader.bytes(doc + "/ban-ky.pdf")).isEqualTo(first);

        signWithKey(board, doc, pki.person(SECRETARY)).expect(200);
        byte[] both = board.bytes(doc + "/ban-ky.pdf");
        assertThat(keeps(both, first)).isTrue();
        JsonNode full = board.get(doc + "/signatures").expect(200).json();
        assertThat(full.get("places").get(1).get("signature").get("signer").asString())
                .isEqualTo(SECRETARY);
        assertThat(full.get("places").get(0).get("signature").get("signer").asString())
                .isEqualTo(CHAIR);
        assertThat(signWithKey(board, doc, pki.person(SECRETARY)).status()).isEqualTo(409);

        // the documents page's PDF, whatever its form says, is the signed original
        byte[] fromPage = WebSession.loggedIn(port, bloc.officer(0))
                .download(
                        "/bloc-years/" + bloc.yearId()
                                + "/documents/bien-ban-hoi-nghi.pdf?date=2025-02-01&place=L%E1%BA%A1ng+S%C6%A1n&minutesNumber=7");
        assertThat(fromPage).isEqualTo(both);

        JsonNode report = leader.postFile("/api/v1/documents/verify", Map.of(), "file", "bb.pdf", both)
                .expect(200)
                .json();
        assertThat(report.get("signatures")).hasSize(2);
        report.get("signatures")
                .forEach(s -> assertThat(s.get("intact").asBoolean()).isTrue());

        String pdfsig = pdfsig(both, "minutes-signed.pdf", "minutes", 70);
        assertThat(pdfsig).contains("Signature #1").contains("Signature #2");
        assertThat(pdfsig.split("Signature is Valid", -1)).hasSize(3);
        String second = pdfsig.substring(pdfsig.indexOf("Signature #2"));
        String firstPart = pdfsig.substring(pdfsig.indexOf("Signature #1"), pdfsig.indexOf("Signature #2"));
        assertThat(pdfsig).contains(CHAIR).contains(SECRETARY);
        assertThat(second).contains("Total document signed").doesNotContain("Not total document signed");
        assertThat(firstPart).contains("Not total document signed");
    }

    @Test
    void bothSignaturesMayBeAppliedOutsideAndUploadedOneAfterTheOther() throws Exception {
        BlocFixture.Bloc bloc = conference(true);
        Api board = Api.as(port, bloc.board());
        String doc = minutes(bloc);
        byte[] unsigned = board.bytes(doc + "/ban-ky.pdf");

        assertThat(board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", pki.signOutside(unsigned, SOMEONE_ELSE))
                        .expect(400)
                        .body())
                .contains("signature.signer.notAwaited");
        byte[] bySecretary = pki.signOutside(unsigned, SECRETARY);
        board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", bySecretary).expect(200);
        byte[] both = pki.signOutside(bySecretary, CHAIR);
        board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", both).expect(200);
        assertThat(board.bytes(doc + "/ban-ky.pdf")).isEqualTo(both);
        JsonNode state = board.get(doc + "/signatures").expect(200).json();
        assertThat(state.get("places").get(0).get("signature").get("uploaded").asBoolean())
                .isTrue();
        assertThat(state.get("places").get(1).get("signature").get("signer").asString())
                .isEqualTo(SECRETARY);
    }
}
