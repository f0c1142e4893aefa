package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
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
import vn.thidua.support.WebSession;

/**
 * The conference's minutes carry two signatures, the chair's and the secretary's, applied by the
 * leading unit or the board once the conference record is locked: each a revision added to the signed
 * original, the earlier one left intact; nobody else's certificate, and no file that changes the first
 * revision, is taken.
 */
@IntegrationTest
class MinutesSignatureIntegrationTest {

    static final String CHAIR = "Nguyễn Văn Chủ";
    static final String SECRETARY = "Trần Thị Thư";
    static TestPki pki;
    static TestPki.Person chairKey;
    static TestPki.Person secretaryKey;
    static TestPki.Person someoneElse;

    @LocalServerPort
    int port;

    @Autowired
    BlocFixture fixture;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Test Root CA");
        chairKey = pki.person(CHAIR, null);
        secretaryKey = pki.person(SECRETARY, null);
        someoneElse = pki.person("Lê Văn Khác", null);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    /** A bloc year whose conference record names the chair and the secretary; locked when {@code lock}. */
    private BlocFixture.Bloc conference(boolean lock) {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Api leader = Api.as(port, bloc.officer(0));
        leader.put(
                        bloc.path("/conference"),
                        json(
                                "heldOn",
                                "2025-01-13",
                                "place",
                                "Hội trường Sở số 1",
                                "chair",
                                CHAIR,
                                "secretary",
                                SECRETARY,
                                "adopted",
                                "Báo cáo tổng kết năm 2024"))
                .expect(200);
        if (lock) {
            leader.post(bloc.path("/conference/sign"), "{}").expect(200);
        }
        return bloc;
    }

    private static String minutes(BlocFixture.Bloc bloc) {
        return bloc.path("/documents/bien-ban-hoi-nghi");
    }

    private static Api.Response sign(Api api, String doc, TestPki.Person person) {
        return api.postFile(doc + "/signature", Map.of("password", TestPki.PASSWORD), "p12", "k.p12", person.pkcs12());
    }

    @Test
    void theChairThenTheSecretarySignTheLockedMinutesAndTheSecondSignatureCoversTheWholeFile() throws Exception {
        BlocFixture.Bloc bloc = conference(false);
        Api leader = Api.as(port, bloc.officer(0));
        Api board = Api.as(port, bloc.board());
        String doc = minutes(bloc);

        // not yet locked: the minutes may still change, nothing to sign
        assertThat(sign(leader, doc, chairKey).expect(409).body()).contains("minutes.signature.notLocked");
        assertThat(leader.get(doc + "/signatures").status()).isEqualTo(204);
        leader.post(bloc.path("/conference/sign"), "{}").expect(200);

        // a member unit that does not lead the bloc neither drafts nor signs the minutes
        assertThat(sign(Api.as(port, bloc.officer(1)), doc, chairKey).status()).isEqualTo(403);
        byte[] unsigned = leader.bytes(doc + "/ban-ky.pdf");
        // a certificate of neither the chair nor the secretary
        assertThat(sign(leader, doc, someoneElse).expect(400).body())
                .contains("signature.signer.notAwaited")
                .contains(CHAIR)
                .contains(SECRETARY);
        assertThat(leader.bytes(doc + "/ban-ky.pdf")).isEqualTo(unsigned);

        sign(leader, doc, chairKey).expect(200);
        byte[] first = leader.bytes(doc + "/ban-ky.pdf");
        assertThat(first).isNotEqualTo(unsigned);
        assertThat(Arrays.equals(first, 0, unsigned.length, unsigned, 0, unsigned.length))
                .isTrue();
        JsonNode half = leader.get(doc + "/signatures").expect(200).json();
        assertThat(half.get("places").get(0).get("signature").get("signer").asString())
                .isEqualTo(CHAIR);
        assertThat(half.get("places").get(1).get("signature").isNull()).isTrue();
        // the chair's place is filled: the chair's certificate fills nothing more
        assertThat(sign(leader, doc, chairKey).expect(400).body()).contains("signature.signer.notAwaited");

        // a copy whose first revision was changed, then signed by the secretary: not the stored original
        byte[] changed = first.clone();
        changed[unsigned.length / 2] = (byte) (changed[unsigned.length / 2] ^ 0x01);
        assertThat(board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", signOutside(changed, secretaryKey))
                        .expect(400)
                        .body())
                .contains("signature.upload.notTheOriginal");
        // nor a copy signed on the unsigned minutes, leaving the chair's signature out
        assertThat(board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", signOutside(unsigned, secretaryKey))
                        .expect(400)
                        .body())
                .contains("signature.upload.notTheOriginal");
        assertThat(leader.bytes(doc + "/ban-ky.pdf")).isEqualTo(first);

        sign(board, doc, secretaryKey).expect(200);
        byte[] both = board.bytes(doc + "/ban-ky.pdf");
        assertThat(Arrays.equals(both, 0, first.length, first, 0, first.length)).isTrue();
        JsonNode full = board.get(doc + "/signatures").expect(200).json();
        assertThat(full.get("places").get(1).get("signature").get("signer").asString())
                .isEqualTo(SECRETARY);
        assertThat(full.get("places").get(0).get("signature").get("signer").asString())
                .isEqualTo(CHAIR);
        assertThat(sign(board, doc, secretaryKey).status()).isEqualTo(409);

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

        Path out = Files.createDirectories(Path.of("target", "signatures"));
        Path file = out.resolve("minutes-signed.pdf");
        Files.write(file, both);
        TestPki.require("pdfsig", "pdftoppm");
        String pdfsig = TestPki.run(List.of("pdfsig", file.toString()), null).output();
        assertThat(pdfsig).contains("Signature #1").contains("Signature #2");
        assertThat(pdfsig.split("Signature is Valid", -1)).hasSize(3);
        String second = pdfsig.substring(pdfsig.indexOf("Signature #2"));
        String firstPart = pdfsig.substring(pdfsig.indexOf("Signature #1"), pdfsig.indexOf("Signature #2"));
        assertThat(pdfsig).contains(CHAIR).contains(SECRETARY);
        assertThat(second).contains("Total document signed").doesNotContain("Not total document signed");
        assertThat(firstPart).contains("Not total document signed");
        TestPki.run(
                List.of(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        file.toString(),
                        out.resolve("minutes").toString()),
                null);
    }

    @Test
    void bothSignaturesMayBeAppliedOutsideAndUploadedOneAfterTheOther() throws Exception {
        BlocFixture.Bloc bloc = conference(true);
        Api board = Api.as(port, bloc.board());
        String doc = minutes(bloc);
        byte[] unsigned = board.bytes(doc + "/ban-ky.pdf");

        assertThat(board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", signOutside(unsigned, someoneElse))
                        .expect(400)
                        .body())
                .contains("signature.signer.notAwaited");
        byte[] bySecretary = signOutside(unsigned, secretaryKey);
        board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", bySecretary).expect(200);
        byte[] both = signOutside(bySecretary, chairKey);
        board.postFile(doc + "/signed", Map.of(), "file", "bb.pdf", both).expect(200);
        assertThat(board.bytes(doc + "/ban-ky.pdf")).isEqualTo(both);
        JsonNode state = board.get(doc + "/signatures").expect(200).json();
        assertThat(state.get("places").get(0).get("signature").get("uploaded").asBoolean())
                .isTrue();
        assertThat(state.get("places").get(1).get("signature").get("signer").asString())
                .isEqualTo(SECRETARY);
    }

    private static byte[] signOutside(byte[] pdf, TestPki.Person person) {
        String name = person == chairKey ? CHAIR : person == secretaryKey ? SECRETARY : "Lê Văn Khác";
        return new PadesSigner(null, 0, null)
                .sign(
                        pdf,
                        new SigningKey.Pkcs12(person.pkcs12(), TestPki.PASSWORD.toCharArray()),
                        new Appearance(
                                name,
                                name,
                                "Ký ngoài hệ thống",
                                ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                                null,
                                null))
                .content();
    }
}
