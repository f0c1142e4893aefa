package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.Committee;
import vn.thidua.support.TestClock;
import vn.thidua.support.Votes;

/**
 * A unit's proposal taken through the API to an issued decision, as the pipeline's test takes it:
 * its own collective and one of its people for the Bằng khen, công khai over, the council's secret
 * ballot approving both, the decision signed.
 */
final class IssuedDecision {

    /** The full name of each decider {@link BlocFixture#decider} makes: whose signature a decision awaits first. */
    static final String DECIDER_NAME = "Người ký quyết định";

    private IssuedDecision() {}

    /** An issued decision, the bloc year it was proposed in and the decider who recorded it. */
    record Issued(BlocFixture.Bloc bloc, String decider, long id) {

        /** The decision's document through the API (without its ".pdf"). */
        String document() {
            return "/api/v1/proposals/" + id + "/documents/quyet-dinh";
        }

        /** The name the decision's issuing body signs under: its authority's people's committee. */
        String issuingBody(int port) {
            String authority = Api.as(port, decider)
                    .get("/api/v1/proposals/" + id)
                    .expect(200)
                    .json()
                    .get("authorityName")
                    .asString();
            return AuthorityNames.issuingBody(authority, true);
        }

        /** The proposal's page. */
        String page() {
            return "/proposals/" + id;
        }
    }

    /** A decision for the person issued in a new bloc year of two units (2024) by a new decider of its authority. */
    static Issued inNewBloc(int port, BlocFixture fixture, TestClock clock, String person) {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        String decider = fixture.decider(bloc);
        return new Issued(bloc, decider, issue(port, fixture, clock, bloc, person, decider));
    }

    static long issue(int port, BlocFixture fixture, TestClock clock, BlocFixture.Bloc bloc, String person) {
        return issue(port, fixture, clock, bloc, person, fixture.decider(bloc));
    }

    /** The same, the decision recorded by the given decider of the bloc's authority. */
    static long issue(
            int port, BlocFixture fixture, TestClock clock, BlocFixture.Bloc bloc, String person, String decider) {
        List<String> council = fixture.council(bloc, 3);
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(1));
        ProposalClient board = ProposalClient.as(port, bloc.board());
        long unit = bloc.unit(1);
        long id = proposer.draft(bloc, unit);
        String p = "/api/v1/proposals/" + id;
        proposer.post(p + "/candidates", json("kind", "COLLECTIVE", "unitId", unit, "award", "BK_TINH"))
                .expect(200, 201);
        proposer.post(
                        p + "/candidates",
                        json("kind", "INDIVIDUAL", "unitId", unit, "fullName", person, "award", "BK_TINH"))
                .expect(200, 201);
        proposer.reportOnEveryCandidate(p, bloc);
        proposer.post(p + "/submit", json("justification", "Cá nhân có thành tích xuất sắc, đề nghị Hội đồng xem xét."))
                .expect(200);
        board.reviewAndCheckEveryCandidate(p);
        board.post(p + "/publish", "{}").expect(200);
        JsonNode atCouncil;
        clock.advance(Duration.ofDays(8));
        try {
            atCouncil = board.post(p + "/close-public-comment", "{}").json();
        } finally {
            clock.reset();
        }
        assertThat(atCouncil.get("status").asString()).isEqualTo("COUNCIL");
        long vote = atCouncil.get("candidates").get(0).get("councilVoteId").asLong();
        Api boardApi = board.api();
        boardApi.post(
                        "/api/v1/votes/" + vote + "/committee",
                        Votes.read(boardApi, vote, "trustees", List.of(bloc.board(), council.get(0))))
                .expect(200);
        Committee counting = Committee.keys(port, vote, bloc.board());
        JsonNode opened = Votes.open(boardApi, vote, "present", council.size());
        List<Long> options = new ArrayList<>();
        for (int i = 0; i < opened.get("options").size(); i++) {
            options.add(Votes.option(opened, i));
        }
        for (String member : council) {
            Votes.cast(Api.as(port, member), vote, options);
        }
        assertThat(Votes.close(boardApi, vote).get("status").asString()).isEqualTo("CLOSED");
        assertThat(counting.count().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(board.post(p + "/record-council", "{}").json().get("status").asString())
                .isEqualTo("AWAITING_DECISION");
        ProposalClient.as(port, decider)
                .post(
                        p + "/decision",
                        json(
                                "number",
                                21,
                                "signedOn",
                                "2025-02-10",
                                "signerName",
                                "Nguyễn Văn B",
                                "signerTitle",
                                "Phó Chủ tịch"))
                .expect(200);
        return id;
    }
}
