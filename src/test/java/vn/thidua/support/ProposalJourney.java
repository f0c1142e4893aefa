package vn.thidua.support;

import static vn.thidua.support.Api.json;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A proposal taken through its steps by the API, as its proposer, board and council would, for a
 * browser test that starts at a later step: each write carries the version read just before.
 */
public final class ProposalJourney {

    private static final int[] OK = {200, 201};

    private final int port;
    private final BlocFixture.Bloc bloc;

    public ProposalJourney(int port, BlocFixture.Bloc bloc) {
        this.port = port;
        this.bloc = bloc;
    }

    /** A member unit's own proposal: its collective for the Bằng khen, with its achievement report. */
    public long unitProposal(int member) {
        Api proposer = Api.as(port, bloc.officer(member));
        long id = proposer.post(
                        "/api/v1/proposals",
                        json(
                                "blocYearId",
                                bloc.yearId(),
                                "level",
                                "UNIT",
                                "proposerUnitId",
                                bloc.unit(member),
                                "title",
                                "Đề nghị khen thưởng năm " + bloc.year() + " của Sở số " + (member + 1),
                                "commendationType",
                                "THUONG_XUYEN"))
                .expect(OK)
                .id();
        proposer.post(
                        path(id, "/candidates"),
                        json(
                                "kind",
                                "COLLECTIVE",
                                "unitId",
                                bloc.unit(member),
                                "award",
                                "BK_TINH",
                                "version",
                                version(proposer, id)))
                .expect(OK);
        writeReports(proposer, id);
        return id;
    }

    /** A member unit's own proposal ({@link #unitProposal}) submitted by it to the board. */
    public Submitted submittedUnitProposal(int member) {
        long id = unitProposal(member);
        return new Submitted(id, submit(id, bloc.officer(member)));
    }

    /** A proposal before the board, and the day its review is due. */
    public record Submitted(long id, LocalDate reviewDue) {}

    /**
     * The bloc's proposal from its signed conference: a show of hands passing units 2 and 3 for the
     * Bằng khen (the ranking's first is proposed for the flag), the minutes signed, the proposal made
     * and each report written by the leader. The bloc must be ranked.
     */
    public long blocProposal() {
        Api leader = Api.as(port, bloc.officer(0));
        JsonNode vote = Votes.unitsProposed(
                leader, bloc, "SHOW_OF_HANDS", "Đề nghị tặng Bằng khen", List.of(bloc.unit(1), bloc.unit(2)));
        long voteId = vote.get("id").asLong();
        int present = bloc.units().size();
        Votes.open(leader, voteId, "present", present);
        Votes.close(
                leader,
                voteId,
                "counts",
                Map.of(
                        vote.get("options").get(0).get("id").asString(),
                        present,
                        vote.get("options").get(1).get("id").asString(),
                        present));
        leader.put(
                        bloc.path("/conference"),
                        json(
                                "heldOn",
                                (bloc.year() + 1) + "-01-15",
                                "place",
                                "Hội trường Sở số 1",
                                "chair",
                                "Giám đốc Sở số 1"))
                .expect(OK);
        leader.post(bloc.path("/conference/sign"), "{}").expect(OK);
        long id = leader.post(bloc.path("/proposals/from-conference"), "{}")
                .expect(OK)
                .id();
        writeReports(leader, id);
        return id;
    }

    /** Submitted by its proposer, each candidate checked by the board, and published: công khai is open. */
    public void publish(long id, String proposerUsername) {
        submit(id, proposerUsername);
        Api board = Api.as(port, bloc.board());
        board.post(path(id, "/start-review"), json("version", version(board, id)))
                .expect(OK);
        for (JsonNode c : board.get(path(id, "")).expect(200).json().get("candidates")) {
            if (!"PROPOSED".equals(c.get("status").asString())) {
                continue;
            }
            board.put(
                            path(id, "/candidates/" + c.get("id").asLong() + "/checklist"),
                            json("dossier", true, "criteria", true, "quota", true, "version", version(board, id)))
                    .expect(OK);
        }
        board.post(path(id, "/publish"), json("version", version(board, id))).expect(OK);
    }

    /** Công khai over (the clock moved past it, then back): the board puts the list to the council; its vote. */
    public long toCouncil(long id, TestClock clock) {
        Api board = Api.as(port, bloc.board());
        clock.advance(Duration.ofDays(8));
        try {
            JsonNode atCouncil = board.post(path(id, "/close-public-comment"), json("version", version(board, id)))
                    .expect(OK)
                    .json();
            return atCouncil.get("candidates").get(0).get("councilVoteId").asLong();
        } finally {
            clock.reset();
        }
    }

    /**
     * The council's secret ballot opened with its counting committee (the board and the first member,
     * keys registered); the committee, to count it once closed.
     */
    public Committee openCouncilVote(long voteId, List<String> council) {
        Api board = Api.as(port, bloc.board());
        board.post(
                        "/api/v1/votes/" + voteId + "/committee",
                        Votes.read(board, voteId, "trustees", List.of(bloc.board(), council.get(0))))
                .expect(OK);
        Committee committee = Committee.keys(port, voteId, bloc.board());
        Votes.open(board, voteId, "present", council.size());
        return committee;
    }

    /** Every council member approves every candidate; closed, counted, and recorded: the decider's turn. */
    public void councilPasses(long id, long voteId, List<String> council) {
        Committee committee = openCouncilVote(voteId, council);
        Api board = Api.as(port, bloc.board());
        JsonNode vote = board.get("/api/v1/votes/" + voteId).expect(200).json();
        List<Long> all =
                vote.get("options").valueStream().map(o -> o.get("id").asLong()).toList();
        for (String member : council) {
            Votes.cast(Api.as(port, member), voteId, all);
        }
        Votes.close(board, voteId);
        committee.count();
        board.post(path(id, "/record-council"), json("version", version(board, id)))
                .expect(OK);
    }

    private LocalDate submit(long id, String proposerUsername) {
        Api proposer = Api.as(port, proposerUsername);
        JsonNode submitted = proposer.post(
                        path(id, "/submit"), json("justification", "", "version", version(proposer, id)))
                .expect(OK)
                .json();
        return LocalDate.parse(submitted.get("stepDueOn").asString());
    }

    private void writeReports(Api proposer, long id) {
        for (JsonNode c : proposer.get(path(id, "")).expect(200).json().get("candidates")) {
            if (!"PROPOSED".equals(c.get("status").asString())) {
                continue;
            }
            proposer.put(
                            path(id, "/candidates/" + c.get("id").asLong() + "/report"),
                            json(
                                    "narrative",
                                    "Hoàn thành xuất sắc nhiệm vụ năm " + bloc.year() + ".",
                                    "version",
                                    c.get("version").asLong()))
                    .expect(OK);
        }
    }

    private static long version(Api api, long id) {
        return api.get(path(id, "")).expect(200).json().get("version").asLong();
    }

    private static String path(long id, String rest) {
        return "/api/v1/proposals/" + id + rest;
    }
}
