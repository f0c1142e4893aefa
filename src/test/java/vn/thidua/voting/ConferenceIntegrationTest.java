package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Votes;
import vn.thidua.support.WebSession;

/**
 * The conference record: kept by the leader, every change logged, locked once signed, and read into the minutes with
 * the votes.
 */
@IntegrationTest
class ConferenceIntegrationTest extends ApplicationTestBase {

    /** The minutes of the conference held by unit 3 on 13 January 2025, with the attendees given and any field more. */
    private static String minutes(BlocFixture.Bloc bloc, String attendees, Object... more) {
        List<Object> fields = new ArrayList<>(List.of(
                "heldOn",
                "2025-01-13",
                "place",
                "Hội trường Ban Dân tộc tỉnh",
                "hostUnitId",
                bloc.unit(2),
                "chair",
                "Nguyễn Văn Chủ, Giám đốc Sở số 1",
                "secretary",
                "Trần Thị Thư",
                "attendees",
                attendees,
                "adopted",
                "Báo cáo tổng kết năm 2024"));
        fields.addAll(List.of(more));
        return json(fields.toArray());
    }

    @Test
    void theRecordIsAuditedLockedBySigningAndFeedsTheMinutes() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api leader = Api.as(port, bloc.officer(0));
        String conference = bloc.path("/conference");
        assertThat(leader.get(conference).status()).isEqualTo(204);
        assertThat(Api.as(port, bloc.officer(1))
                        .put(conference, json("heldOn", "2025-01-13", "place", "X", "chair", "Y"))
                        .status())
                .as("a member does not keep the record")
                .isEqualTo(403);
        Api.Response invalid = leader.put(
                conference, json("heldOn", "2023-01-13", "place", "", "chair", "Ông A", "hostUnitId", 999999));
        assertThat(invalid.body())
                .contains("phải họp trong năm 2024 hoặc 2025")
                .contains("Hãy nhập địa điểm họp.")
                .contains("Đơn vị đăng cai phải là thành viên");
        JsonNode saved = leader.put(conference, minutes(bloc, "Sở số 1: Nguyễn Văn Chủ\nSở số 2: Lê Văn Hai"))
                .json();
        assertThat(saved.get("changes").size()).isGreaterThanOrEqualTo(6);
        JsonNode edited = leader.put(
                        conference,
                        minutes(
                                bloc,
                                "Sở số 1: Nguyễn Văn Chủ\nSở số 2: Lê Văn Hai\nSở số 3: Phạm Văn Ba",
                                "version",
                                saved.get("version").asLong()))
                .json();
        JsonNode last = edited.get("changes").get(edited.get("changes").size() - 1);
        assertThat(last.get("field").asString()).isEqualTo("attendees");
        assertThat(last.get("newValue").asString()).endsWith("Sở số 3: Phạm Văn Ba");
        assertThat(last.get("changedBy").asString()).isEqualTo(bloc.officer(0));

        JsonNode vote = leader.post(
                        bloc.path("/votes"),
                        json(
                                "subject",
                                "BLOC_PROPOSAL",
                                "question",
                                "Đề nghị tặng Cờ thi đua cho Sở số 1?",
                                "method",
                                "SHOW_OF_HANDS",
                                "options",
                                List.of("Đồng ý")))
                .json();
        long voteId = vote.get("id").asLong();
        assertThat(vote.get("options").get(1).get("label").asString())
                .as("a sole proposition is put as Đồng ý / Không đồng ý")
                .isEqualTo("Không đồng ý");
        Votes.open(leader, voteId, "present", 3);
        Votes.close(
                leader,
                voteId,
                "counts",
                Map.of(
                        vote.get("options").get(0).get("id").asLong(),
                        3,
                        vote.get("options").get(1).get("id").asLong(),
                        0));

        // a secret ballot closed but not yet counted by its committee has no result for the minutes
        long waiting = Votes.id(
                Votes.yesOrNoFromTheLeader(port, bloc, "SECRET_BALLOT", "Đề nghị tặng Bằng khen cho Sở số 2?"));
        Committee.keys(port, waiting, bloc.board());
        Votes.open(leader, waiting, "present", 3);
        assertThat(Votes.ballot(Api.as(port, bloc.officer(2)), waiting, List.of())
                        .status())
                .isEqualTo(200);
        assertThat(Votes.close(leader, waiting).get("status").asString()).isEqualTo("CLOSED");

        Api.Response staleSignature = leader.post(conference + "/sign", json("version", 987654));
        assertThat(staleSignature.status())
                .as("the signature's version is optional, and checked when sent")
                .isEqualTo(409);
        assertThat(staleSignature.json().get("code").asString()).isEqualTo("problem.conflict");
        assertThat(leader.post(conference + "/sign", "{}").status()).isEqualTo(200);
        assertThat(leader.put(conference, json("heldOn", "2025-01-14", "place", "Khác", "chair", "Khác"))
                        .body())
                .contains("Biên bản hội nghị đã ký");

        String page = WebSession.loggedIn(port, bloc.officer(0))
                .get("/bloc-years/" + bloc.yearId() + "/conference")
                .body();
        assertThat(page)
                .contains("Biên bản đã ký")
                .contains("Hội trường Ban Dân tộc tỉnh")
                .contains("Nhật ký thay đổi");
        byte[] minutes = leader.bytes("/bloc-years/" + bloc.yearId()
                + "/documents/bien-ban-hoi-nghi.docx?date=2025-01-13&place=Qu%E1%BA%A3ng%20Nam");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(minutes))) {
            String text = String.join(
                    "\n",
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text)
                    .contains("ngày 13 tháng 01 năm 2025 tại Hội trường Ban Dân tộc tỉnh")
                    .contains("Sở số 3: Phạm Văn Ba")
                    .contains("Hội nghị thông qua: Báo cáo tổng kết năm 2024");
            String votes = doc.getTables().get(2).getText();
            assertThat(votes)
                    .contains("Đề nghị tặng Cờ thi đua cho Sở số 1?")
                    .contains("3/3")
                    .contains("Đạt")
                    .doesNotContain("Đề nghị tặng Bằng khen cho Sở số 2?");
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getText())
                    .contains("Trần Thị Thư")
                    .contains("Nguyễn Văn Chủ, Giám đốc Sở số 1");
        }
    }

    @Test
    void thePaperCountAndTheElectionsAreDoneFromThePages() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        JsonNode vote = Votes.election(
                chair, bloc, "PAPER_BALLOT", "Bầu Khối trưởng 2025", List.of(bloc.unit(1), bloc.unit(2)));
        long id = vote.get("id").asLong();
        Votes.open(chair, id, "present", 3);
        assertThat(Votes.ballot(
                                Api.as(port, bloc.officer(1)),
                                id,
                                List.of(vote.get("options").get(0).get("id").asLong()))
                        .status())
                .as("a vote on paper takes no on-line ballot")
                .isEqualTo(400);
        assertThat(chair.post("/api/v1/votes/" + id + "/close", Votes.read(chair, id))
                        .status())
                .as("it ends with the confirmed count")
                .isEqualTo(400);
        WebSession leaderPages = WebSession.loggedIn(port, bloc.officer(0));
        String page = leaderPages.get("/votes/" + id).body();
        assertThat(page)
                .contains("Kết quả kiểm phiếu giấy")
                .as("no on-line ballot nor written opinion in a vote counted on paper")
                .doesNotContain("id=\"ballot\"")
                .doesNotContain("Ý kiến bằng văn bản của đơn vị vắng mặt")
                .doesNotContain("id=\"close-form\"");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("count-" + vote.get("options").get(0).get("id").asLong(), "3");
        form.put("count-" + vote.get("options").get(1).get("id").asLong(), "0");
        form.put("cast", "3");
        form.put("blank", "0");
        form.put("committee", "Ban kiểm phiếu: A, B, C");
        leaderPages.postForm("/votes/" + id + "/paper-count", form);
        assertThat(leaderPages.get("/votes/" + id).body())
                .contains("chờ người thứ hai xác nhận")
                .doesNotContain("id=\"confirm-paper\"");
        WebSession board = WebSession.loggedIn(port, bloc.board());
        board.get("/votes/" + id);
        board.postForm("/votes/" + id + "/paper-count/confirm", Map.of());
        assertThat(board.get("/votes/" + id).body()).contains("Đã kiểm phiếu").contains("3/3");
        assertThat(board.get("/bloc-years/" + bloc.yearId() + "/votes").body())
                .contains("Ban xác nhận kết quả bầu")
                .contains("Khối phó năm nay làm Khối trưởng");
        WebSession.Page confirmed = board.postForm(
                "/bloc-years/" + bloc.yearId() + "/elections/confirm",
                Map.of("leaderVoteId", String.valueOf(id), "deputyVoteId", ""));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(board.get(confirmed.location().replace("http://localhost:" + port, ""))
                        .body())
                .contains("năm 2025");
    }
}
