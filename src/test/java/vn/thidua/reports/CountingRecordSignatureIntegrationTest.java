package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.SigningFixture.keeps;
import static vn.thidua.support.SigningFixture.pdfsig;
import static vn.thidua.support.SigningFixture.signWithKey;
import static vn.thidua.support.Votes.option;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import vn.thidua.signatures.TestPki;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.SigningFixture;
import vn.thidua.support.Votes;
import vn.thidua.support.WebSession;

/**
 * A counted vote's counting record is signed by the names of its signature block (here the paper
 * count's committee), applied by who runs the vote; a unit that neither runs nor counts it may not.
 */
@IntegrationTest
class CountingRecordSignatureIntegrationTest extends ApplicationTestBase {

    static final String HEAD = "Nguyễn Văn Ánh";
    static final String MEMBER = "Trần Thị Bích";

    @RegisterExtension
    static final SigningFixture pki = new SigningFixture();

    @Test
    void theCommitteeNamedInTheRecordSignsItOnceCountedAndTheDownloadIsThenTheSignedOriginal() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(4, 2024);
        Api leader = Api.as(port, bloc.officer(0));
        TestPki.Person head = pki.person(HEAD);
        TestPki.Person member = pki.person(MEMBER);
        JsonNode vote = Votes.yesOrNoFromTheLeader(port, bloc, "PAPER_BALLOT", "Đề nghị tặng Cờ thi đua cho Sở số 1?");
        long id = vote.get("id").asLong();
        String record = "/api/v1/votes/" + id + "/counting-record";
        Votes.open(leader, id, "present", 4);
        assertThat(signWithKey(leader, record, head).status())
                .as("not counted yet")
                .isEqualTo(400);
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

        assertThat(signWithKey(Api.as(port, bloc.officer(2)), record, head).status())
                .as("a member unit neither runs nor counts the vote")
                .isEqualTo(403);
        signWithKey(leader, record, head).expect(200);
        signWithKey(board, record, member).expect(200);
        byte[] signed = leader.bytes(record + ".pdf");
        assertThat(keeps(signed, unsigned)).isTrue();
        JsonNode state = leader.get(record + "/signatures").expect(200).json();
        assertThat(state.get("places").get(0).get("signature").get("signer").asString())
                .isEqualTo("Nguyễn Văn Ánh");
        assertThat(state.get("places").get(1).get("signature").get("signer").asString())
                .isEqualTo("Trần Thị Bích");
        assertThat(signWithKey(leader, record, head).status()).isEqualTo(409);
        assertThat(WebSession.loggedIn(port, bloc.officer(0))
                        .get("/votes/" + id)
                        .body())
                .contains("Ký số biên bản kiểm phiếu")
                .contains("Đủ chữ ký");

        String pdfsig = pdfsig(signed, "counting-record-signed.pdf", "counting-record", 70);
        assertThat(pdfsig.split("Signature is Valid", -1)).hasSize(3);
    }
}
