package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;
import static vn.thidua.support.Votes.option;

import java.util.List;
import java.util.Map;
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
 * The refusals of a vote's steps as another system meets them: bad input 400, who may not 403, a
 * vote that is not there 404, the vote's state or a stale version 409, each with its code.
 */
@IntegrationTest
class VoteStepsIntegrationTest extends ApplicationTestBase {

    private JsonNode vote(BlocFixture.Bloc bloc, String method) {
        return Votes.yesOrNoFromTheLeader(port, bloc, method, "Đề nghị tặng Cờ thi đua cho Sở số 2?");
    }

    @Test
    void aStepOnAVoteThatIsNotThereIsNotFound() {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Api.Response missing = Api.as(port, bloc.officer(0)).post("/api/v1/votes/987654321/open", json("version", 0));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("987654321");
    }

    @Test
    void theChairOpensAndClosesOnlyTheVoteItReadAndOnlyOnce() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        long id = vote(bloc, "SHOW_OF_HANDS").get("id").asLong();
        String open = "/api/v1/votes/" + id + "/open";

        Api.Response unversioned = chair.post(open, json("present", 3));
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(unversioned.json().get("errors").get(0).get("code").asString())
                .isEqualTo("problem.versionRequired");
        assertThat(Api.as(port, bloc.officer(2))
                        .post(open, json("present", 3, "version", 0))
                        .status())
                .as("a member that does not chair")
                .isEqualTo(403);
        long read = Votes.version(chair, id);
        assertThat(chair.post(open, json("present", 3, "version", read + 1)).status())
                .as("a version the vote never had")
                .isEqualTo(409);
        assertThat(chair.post(open, json("present", 3, "version", read)).status())
                .isEqualTo(200);
        Api.Response again = chair.post(open, Votes.read(chair, id, "present", 3));
        assertThat(again.status()).as("the vote's state, not the input").isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("vote.alreadyOpened");

        String close = "/api/v1/votes/" + id + "/close";
        JsonNode vote = chair.get("/api/v1/votes/" + id).json();
        Map<Long, Integer> counts = Map.of(option(vote, 0), 2, option(vote, 1), 1);
        assertThat(chair.post(close, json("counts", counts, "version", read)).status())
                .as("read before it was opened")
                .isEqualTo(409);
        assertThat(chair.post(close, Votes.read(chair, id, "counts", counts)).status())
                .isEqualTo(200);
        Api.Response closedTwice = chair.post(close, Votes.read(chair, id, "counts", counts));
        assertThat(closedTwice.status()).isEqualTo(409);
        assertThat(closedTwice.json().get("code").asString()).isEqualTo("vote.closed");
    }

    @Test
    void aUnitVotesOnceAndOnlyInItsOwnBlocsVote() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        BlocFixture.Bloc other = fixture.create(2, 2024);
        JsonNode vote = vote(bloc, "SECRET_BALLOT");
        long id = vote.get("id").asLong();
        Committee.keys(port, id, bloc.officer(0));
        Api chair = Api.as(port, bloc.officer(0));
        Votes.open(chair, id, "present", 3);
        String ballots = "/api/v1/votes/" + id + "/ballots";

        Api.Response stranger =
                Api.as(port, other.officer(0)).post(ballots, json("optionIds", List.of(option(vote, 0))));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.json().get("code").asString()).isEqualTo("vote.notElector");
        Api voter = Api.as(port, bloc.officer(2));
        assertThat(voter.post(ballots, json("optionIds", List.of(option(vote, 0))))
                        .status())
                .isEqualTo(200);
        Api.Response twice = voter.post(ballots, json("optionIds", List.of(option(vote, 1))));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("vote.alreadyVoted");
        Api.Response unknown = Api.as(port, bloc.officer(1)).post(ballots, json("optionIds", List.of(-1)));
        assertThat(unknown.status()).as("bad input").isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("code").asString()).isEqualTo("vote.option.unknown");
    }

    @Test
    void theChairOpensFromThePageWithThoseInTheRoomByNameAndTheVersionItShowed() {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        long id = vote(bloc, "SHOW_OF_HANDS").get("id").asLong();
        Api api = Api.as(port, bloc.officer(0));
        WebSession chair = WebSession.loggedIn(port, bloc.officer(0));
        assertThat(chair.get("/votes/" + id).body())
                .contains("name=\"presentUnitIds\"")
                .contains("value=\"" + bloc.unit(2) + "\"");
        long shown = Votes.version(api, id);
        WebSession.Page opened = chair.postForm(
                "/votes/" + id + "/open",
                Map.of("presentUnitIds", List.of(bloc.unit(0), bloc.unit(1)), "version", shown));
        assertThat(opened.status()).isEqualTo(302);
        JsonNode vote = api.get("/api/v1/votes/" + id).json();
        assertThat(vote.get("status").asString()).isEqualTo("OPEN");
        assertThat(vote.get("present").asInt()).isEqualTo(2);
        WebSession.Page again = chair.postForm(
                "/votes/" + id + "/open", Map.of("presentUnitIds", List.of(bloc.unit(0)), "version", shown));
        assertThat(again.status())
                .as("a stale page comes back to the vote with a message, not to an error page")
                .isEqualTo(302);
        assertThat(again.location()).endsWith("/votes/" + id);
    }
}
