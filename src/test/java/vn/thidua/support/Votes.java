package vn.thidua.support;

import java.util.Arrays;
import tools.jackson.databind.JsonNode;

/**
 * A step of a vote through the API as a client takes it: with the version of the vote it read just
 * before. A caller that may not read the vote sends version 0, and is refused for who it is.
 */
public final class Votes {

    private Votes() {}

    public static long version(Api api, long voteId) {
        Api.Response vote = api.get("/api/v1/votes/" + voteId);
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
}
