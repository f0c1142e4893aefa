package vn.thidua.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Votes of a bloc through the API as a client takes them. Each step carries the version of the vote
 * the caller read just before; a caller that may not read the vote sends version 0, and is refused for
 * who it is. The set-up steps here (put, open, close) must succeed: a refusal stops the test there.
 */
public final class Votes {

    private Votes() {}

    /** How many ballots a counted vote's tally gives its option (line) {@code line}. */
    public static int ballots(JsonNode vote, int line) {
        return vote.get("tally").get("lines").get(line).get("ballots").asInt();
    }

    /** What a counted vote's tally concludes for its option {@code line}: PASSED, or another outcome's code. */
    public static String outcome(JsonNode vote, int line) {
        return vote.get("tally")
                .get("lines")
                .get(line)
                .get("outcome")
                .get("result")
                .asString();
    }

    public static long version(Api api, long voteId) {
        Api.Response vote = api.get("/api/v1/votes/" + voteId).expect(200, 403, 404);
        JsonNode version = vote.status() == 200 ? vote.json().get("version") : null;
        return version == null ? 0 : version.asLong();
    }

    /** The body of the step, with the version of the vote the caller reads now. */
    public static String read(Api api, long voteId, Object... keyValues) {
        Object[] withVersion = Arrays.copyOf(keyValues, keyValues.length + 2);
        withVersion[keyValues.length] = "version";
        withVersion[keyValues.length + 1] = version(api, voteId);
        return Api.json(withVersion);
    }

    /**
     * A yes-or-no question put to the bloc's members; {@code trustees} count a secret ballot (none for other methods).
     */
    public static JsonNode yesOrNo(
            Api chair, BlocFixture.Bloc bloc, String method, String question, String... trustees) {
        List<Object> fields = new ArrayList<>(List.of(
                "subject",
                "BLOC_PROPOSAL",
                "question",
                question,
                "method",
                method,
                "options",
                List.of("Đồng ý", "Không đồng ý")));
        if (trustees.length > 0) {
            fields.addAll(List.of("trustees", List.of(trustees)));
        }
        return put(chair, bloc, fields.toArray());
    }

    /**
     * A yes-or-no question put by the bloc's leading unit (its unit 0) to the members; a secret ballot's
     * committee is the board and the officer of unit 1.
     */
    public static JsonNode yesOrNoFromTheLeader(int port, BlocFixture.Bloc bloc, String method, String question) {
        return yesOrNo(Api.as(port, bloc.officer(0)), bloc, method, question, bloc.board(), bloc.officer(1));
    }

    /** Units proposed to the bloc's members, one option each, as many chosen as there are units. */
    public static JsonNode unitsProposed(
            Api chair, BlocFixture.Bloc bloc, String method, String question, List<Long> units) {
        return unitsProposed(chair, bloc.path(""), method, question, units);
    }

    /** The same on a bloc year given by its path ("/api/v1/bloc-years/7"). */
    public static JsonNode unitsProposed(Api chair, String blocYear, String method, String question, List<Long> units) {
        return put(
                chair,
                blocYear,
                "subject",
                "BLOC_PROPOSAL",
                "method",
                method,
                "question",
                question,
                "candidateUnitIds",
                units,
                "maxChoices",
                units.size());
    }

    /** The bloc's members elect a unit (a leader, a deputy) among the candidates. */
    public static JsonNode election(
            Api chair, BlocFixture.Bloc bloc, String method, String question, List<Long> candidates) {
        return put(
                chair,
                bloc,
                "subject",
                "BLOC_ELECTION",
                "question",
                question,
                "method",
                method,
                "candidateUnitIds",
                candidates);
    }

    /** Any vote of the bloc, with the fields given; it must be created. */
    public static JsonNode put(Api chair, BlocFixture.Bloc bloc, Object... fields) {
        return put(chair, bloc.path(""), fields);
    }

    private static JsonNode put(Api chair, String blocYear, Object... fields) {
        return chair.post(blocYear + "/votes", Api.json(fields)).expect(201).json();
    }

    public static long id(JsonNode vote) {
        return vote.get("id").asLong();
    }

    /** The id of the vote's {@code i}th option, from 0. */
    public static long option(JsonNode vote, int i) {
        return vote.get("options").get(i).get("id").asLong();
    }

    /** The chair opens the vote, with the step's fields ("present", 3); answers the vote as it then stands. */
    public static JsonNode open(Api chair, long voteId, Object... keyValues) {
        return chair.post("/api/v1/votes/" + voteId + "/open", read(chair, voteId, keyValues))
                .expect(200)
                .json();
    }

    /** The chair closes the vote, with the step's fields (a show of hands' "counts"); answers the vote as closed. */
    public static JsonNode close(Api chair, long voteId, Object... keyValues) {
        return chair.post("/api/v1/votes/" + voteId + "/close", read(chair, voteId, keyValues))
                .expect(200)
                .json();
    }

    /**
     * A member sends a ballot for the options given (none for a blank one); answers the response, refusals included.
     */
    public static Api.Response ballot(Api member, long voteId, List<Long> optionIds) {
        return member.post("/api/v1/votes/" + voteId + "/ballots", Api.json("optionIds", optionIds));
    }

    /** A member's ballot for the options given (none for a blank one), which must be taken; answers the receipt. */
    public static JsonNode cast(Api member, long voteId, List<Long> optionIds) {
        return ballot(member, voteId, optionIds).expect(200).json();
    }
}
