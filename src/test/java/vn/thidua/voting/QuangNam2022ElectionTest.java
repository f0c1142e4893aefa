package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Registry;
import vn.thidua.support.Votes;

/**
 * Seed 000: at the conference of 13/01/2023 Quảng Nam's Khối thi đua các cơ quan Tham mưu I elected
 * Sở Tư pháp leader and Sở Nội vụ deputy for 2023. Here the members elect them (a secret ballot for
 * the leader, acclamation for the deputy) and the board confirms, which sets the 2023 year.
 */
@IntegrationTest
class QuangNam2022ElectionTest extends ApplicationTestBase {

    @Autowired
    UserAccounts accounts;

    @Test
    void soTuPhapIsElectedLeaderAndSoNoiVuDeputyFor2023() {
        Api board = Api.as(port, "ban.quangnam");
        Registry registry = new Registry(board);
        long bloc = registry.bloc("Khối thi đua các cơ quan Tham mưu I");
        JsonNode year2022 = board.get("/api/v1/blocs/" + bloc + "/years/2022").json();
        long yearId = year2022.get("id").asLong();
        long tuPhap = registry.unit("quang-nam", "Sở Tư pháp");
        long noiVu = registry.unit("quang-nam", "Sở Nội vụ");
        List<String> officers = new ArrayList<>();
        long other = 0;
        for (JsonNode member : year2022.get("members")) {
            long unit = member.get("id").asLong();
            if (unit != tuPhap && unit != noiVu) {
                other = unit;
            }
            String name = Registry.unique("qn-officer").replace(' ', '-');
            accounts.create(new UserAccounts.NewUser(
                    name,
                    Api.DEMO_PASSWORD,
                    "Cán bộ " + member.get("name").asString(),
                    Role.UNIT_OFFICER,
                    null,
                    unit,
                    null));
            officers.add(name);
        }
        int members = officers.size();
        JsonNode year2023 = board.get("/api/v1/blocs/" + bloc + "/years/2023").json();
        JsonNode reset = board.put(
                        "/api/v1/blocs/" + bloc + "/years/2023",
                        json(
                                "memberUnitIds",
                                ids(year2023),
                                "leaderUnitId",
                                other,
                                "deputyUnitId",
                                null,
                                "version",
                                year2023.get("version").asLong()))
                .json();
        assertThat(reset.get("leader").get("id").asLong()).isEqualTo(other);

        assertThat(board.get("/api/v1/bloc-years/" + yearId + "/election-proposals")
                        .json()
                        .has("ROUND_ROBIN"))
                .isTrue();
        JsonNode leaderVote = board.post(
                        "/api/v1/bloc-years/" + yearId + "/votes",
                        json(
                                "subject",
                                "BLOC_ELECTION",
                                "question",
                                "Bầu Khối trưởng năm 2023",
                                "method",
                                "SECRET_BALLOT",
                                "candidateUnitIds",
                                List.of(tuPhap, noiVu),
                                "trustees",
                                List.of("ban.quangnam", officers.get(1))))
                .json();
        long leaderVoteId = leaderVote.get("id").asLong();
        // the counting committee: the board and the officer of a member unit, each with its own key
        Committee committee = Committee.keys(port, leaderVoteId, "ban.quangnam");
        Votes.open(board, leaderVoteId, "present", members);
        long tuPhapOption = leaderVote.get("options").get(0).get("id").asLong();
        long noiVuOption = leaderVote.get("options").get(1).get("id").asLong();
        for (int i = 0; i < members; i++) {
            assertThat(Votes.ballot(
                                    Api.as(port, officers.get(i)),
                                    leaderVoteId,
                                    List.of(i == 0 ? noiVuOption : tuPhapOption))
                            .status())
                    .isEqualTo(200);
        }
        JsonNode leaderClosed = Votes.close(board, leaderVoteId);
        assertThat(leaderClosed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(leaderClosed.get("tally").isNull())
                .as("no result before the committee counts")
                .isTrue();
        JsonNode leaderResult = committee.count();
        assertThat(leaderResult.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(Votes.ballots(leaderResult, 0)).isEqualTo(members - 1);
        assertThat(Votes.outcome(leaderResult, 0)).isEqualTo("PASSED");

        long deputyVoteId = board.post(
                        "/api/v1/bloc-years/" + yearId + "/votes",
                        json(
                                "subject",
                                "BLOC_ELECTION",
                                "question",
                                "Suy tôn Khối phó năm 2023",
                                "method",
                                "ACCLAMATION",
                                "candidateUnitIds",
                                List.of(noiVu)))
                .id();
        Votes.open(board, deputyVoteId, "present", members);
        Votes.close(board, deputyVoteId);

        assertThat(Api.as(port, officers.get(0))
                        .post(
                                "/api/v1/bloc-years/" + yearId + "/elections/confirm",
                                json("leaderVoteId", leaderVoteId, "deputyVoteId", deputyVoteId))
                        .status())
                .as("the board confirms")
                .isEqualTo(403);
        assertThat(board.post(
                                "/api/v1/bloc-years/" + yearId + "/elections/confirm",
                                json("leaderVoteId", deputyVoteId, "deputyVoteId", deputyVoteId))
                        .body())
                .contains("hai đơn vị khác nhau");
        JsonNode confirmed = board.post(
                        "/api/v1/bloc-years/" + yearId + "/elections/confirm",
                        json("leaderVoteId", leaderVoteId, "deputyVoteId", deputyVoteId))
                .json();
        assertThat(confirmed.get("year").asInt()).isEqualTo(2023);
        assertThat(confirmed.get("leader").get("name").asString()).isEqualTo("Sở Tư pháp");
        assertThat(confirmed.get("deputy").get("name").asString()).isEqualTo("Sở Nội vụ");
        assertThat(ids(confirmed)).containsExactlyInAnyOrderElementsOf(ids(year2023));
    }

    private static List<Long> ids(JsonNode year) {
        List<Long> ids = new ArrayList<>();
        year.get("members").forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }
}
