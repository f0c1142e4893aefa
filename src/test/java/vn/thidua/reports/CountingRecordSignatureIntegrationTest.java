package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Votes.option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Votes;
import vn.thidua.support.WebSession;

/**
 * A counted vote's counting record is signed by the names of its signature block (here the paper
 * count's committee), applied by who runs the vote; a unit that neither runs nor counts it may not.
 */
@IntegrationTest
class CountingRecordSignatureIntegrationTest {

    static TestPki pki;
    static TestPki.Person head;
    static TestPki.Person member;

    @LocalServerPort
    int port;

    @Autowired
    BlocFixture fixture;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Test Root CA");
        head = pki.person("Nguyễn Văn Ánh", null);
        member = pki.person("Trần Thị Bích", null);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    private static Api.Response sign(Api api, String record, TestPki.Person person) {
        return api.postFile(
                record + "/signature", Map.of("password", TestPki.PASSWORD), "p12", "k.p12", person.pkcs12());
    }

    @Test
    void theCommitteeNamedInTheRecordSignsItOnceCountedAndTheDownloadIsThenTheSignedOriginal() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(4, 2024);
        Api leader = Api.as(port, bloc.officer(0));
        JsonNode vote = Votes.yesOrNo(
                leader, bloc, "PAPER_BALLOT", "Đề nghị tặng Cờ thi đua cho Sở số 1?", bloc.board(), bloc.officer(1));
        long id = vote.get("id").asLong();
        String record = "/api/v1/votes/" + id + "/counting-record";
        Votes.open(leader, id, "present", 4);
        assertThat(sign(leader, record, head).status()).as("not counted yet").isEqualTo(400);
        leader.post(
                        "/api/v1/votes/" + id + "/paper-count",
                        Votes.read(
                                leader,
                                id,
                                "counts",
                                Map.of(option(vote, 0), 3, option(vote, 1), 1),
                                "cast",
                                4,
                                "blank",
                                0,
                                "committee",
                                "Nguyễn Văn Ánh (Trưởng ban), Trần Thị Bích"))
                .expect(200);
        Api board = Api.as(port, bloc.board());
        board.post("/api/v1/votes/" + id + "/paper-count/confirm", Votes.read(board, id))
                .expect(200);
        byte[] unsigned = leader.bytes(record + ".pdf");

        assertThat(sign(Api.as(port, bloc.officer(2)), record, head).status())
                .as("a member unit neither runs nor counts the vote")
                .isEqualTo(403);
        sign(leader, record, head).expect(200);
        sign(board, record, member).expect(200);
        byte[] signed = leader.bytes(record + ".pdf");
        assertThat(java.util.Arrays.equals(signed, 0, unsigned.length, unsigned, 0, unsigned.length))
                .isTrue();
        JsonNode state = leader.get(record + "/signatures").expect(200).json();
        assertThat(state.get("places").get(0).get("signature").get("signer").asString())
                .isEqualTo("Nguyễn Văn Ánh");
        assertThat(state.get("places").get(1).get("signature").get("signer").asString())
                .isEqualTo("Trần Thị Bích");
        assertThat(sign(leader, record, head).status()).isEqualTo(409);
        assertThat(WebSession.loggedIn(port, bloc.officer(0))
                        .get("/votes/" + id)
                        .body())
                .contains("Ký số biên bản kiểm phiếu")
                .contains("Đủ chữ ký");

        Path out = Files.createDirectories(Path.of("target", "signatures"));
        Path file = out.resolve("counting-record-signed.pdf");
        Files.write(file, signed);
        TestPki.require("pdfsig", "pdftoppm");
        String pdfsig = TestPki.run(List.of("pdfsig", file.toString()), null).output();
        assertThat(pdfsig.split("Signature is Valid", -1)).hasSize(3);
        TestPki.run(
                List.of(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        file.toString(),
                        out.resolve("counting-record").toString()),
                null);
    }
}
