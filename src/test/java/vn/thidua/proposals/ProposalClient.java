package vn.thidua.proposals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;

/**
 * A client of the proposals' API that does what a well-behaved system does: it reads the proposal
 * just before each write and sends the version it read (a report's: its candidate's), unless the
 * test gives one itself. Every other call goes to {@link Api} as it is.
 */
final class ProposalClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern WRITE = Pattern.compile("/api/v1/proposals/(\\d+)/(?:candidates/(\\d+)/report|.+)");

    private final Api api;

    private ProposalClient(Api api) {
        this.api = api;
    }

    static ProposalClient as(int port, String username) {
        return new ProposalClient(Api.as(port, username));
    }

    static ProposalClient of(Api api) {
        return new ProposalClient(api);
    }

    /**
     * A draft of the unit's own proposal for the bloc's year (level UNIT, the regular commendation,
     * titled "Đề nghị khen thưởng năm" and the year); its id.
     */
    long draft(BlocFixture.Bloc bloc, long unit) {
        return post(
                        "/api/v1/proposals",
                        Api.json(
                                "blocYearId",
                                bloc.yearId(),
                                "level",
                                "UNIT",
                                "proposerUnitId",
                                unit,
                                "title",
                                "Đề nghị khen thưởng năm " + bloc.year(),
                                "commendationType",
                                "THUONG_XUYEN"))
                .expect(200, 201)
                .id();
    }

    /** The proposer writes each candidate's achievement report: an excellent year, the bloc's. */
    void reportOnEveryCandidate(String p, BlocFixture.Bloc bloc) {
        for (JsonNode c : get(p).json().get("candidates")) {
            put(
                            p + "/candidates/" + c.get("id").asLong() + "/report",
                            Api.json("narrative", "Hoàn thành xuất sắc nhiệm vụ năm " + bloc.year() + "."))
                    .expect(200);
        }
    }

    /**
     * The board takes the proposal at {@code p} up for review and checks each of its candidates' dossier, criteria and
     * quota.
     */
    void reviewAndCheckEveryCandidate(String p) {
        post(p + "/start-review", "{}").expect(200);
        for (JsonNode c : get(p).expect(200).json().get("candidates")) {
            put(
                            p + "/candidates/" + c.get("id").asLong() + "/checklist",
                            Api.json("dossier", true, "criteria", true, "quota", true))
                    .expect(200);
        }
    }

    Api api() {
        return api;
    }

    Api.Response get(String path) {
        return api.get(path);
    }

    byte[] bytes(String path) {
        return api.bytes(path);
    }

    Api.Response post(String path, String json) {
        return api.post(path, versioned(path, json));
    }

    Api.Response put(String path, String json) {
        return api.put(path, versioned(path, json));
    }

    Api.Response delete(String path) {
        Long version = versionFor(path);
        return api.delete(version == null || path.contains("version=") ? path : path + "?version=" + version);
    }

    Api.Response postFile(String path, Map<String, String> fields, String fileName, byte[] content) {
        Long version = versionFor(path);
        Map<String, String> withVersion = new LinkedHashMap<>(fields);
        if (version != null) {
            withVersion.putIfAbsent("version", String.valueOf(version));
        }
        return api.postFile(path, withVersion, fileName, content);
    }

    /** A multipart form whose file part has its own name (a written opinion's "letter"); not a proposal's write. */
    Api.Response postParts(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        return api.postParts(path, fields, fileField, fileName, content);
    }

    private String versioned(String path, String json) {
        Long version = versionFor(path);
        if (version == null) {
            return json;
        }
        JsonNode body = json == null || json.isBlank() ? JSON.createObjectNode() : JSON.readTree(json);
        if (!(body instanceof ObjectNode object) || object.has("version")) {
            return json;
        }
        object.put("version", version);
        return JSON.writeValueAsString(object);
    }

    /** The version the caller reads now; 0 when it may not read the proposal (the write is refused anyway). */
    private Long versionFor(String path) {
        Matcher m = WRITE.matcher(path.replaceAll("\\?.*", ""));
        if (!m.matches()) {
            return null;
        }
        Api.Response read = api.get("/api/v1/proposals/" + m.group(1));
        if (read.status() != 200) {
            return 0L;
        }
        JsonNode proposal = read.json();
        if (m.group(2) != null) {
            for (JsonNode c : proposal.get("candidates")) {
                if (c.get("id").asLong() == Long.parseLong(m.group(2))) {
                    return c.get("version").asLong();
                }
            }
            return 0L;
        }
        return proposal.get("version").asLong();
    }
}
