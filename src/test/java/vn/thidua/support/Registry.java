package vn.thidua.support;

import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/** Finds demo records through the API, and makes names no other test uses. */
public final class Registry {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api api;

    public Registry(Api api) {
        this.api = api;
    }

    public static String unique(String name) {
        return name + " " + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    public long authority(String code) {
        for (JsonNode a : api.get("/api/v1/authorities").expect(200).json()) {
            if (a.get("code").asString().equals(code)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no authority " + code);
    }

    public long unit(String authorityCode, String name) {
        long authority = authority(authorityCode);
        for (JsonNode u :
                api.get("/api/v1/units?authorityId=" + authority).expect(200).json()) {
            if (u.get("name").asString().equals(name)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError("no unit " + name + " in " + authorityCode);
    }

    public long bloc(String name) {
        for (JsonNode b : api.get("/api/v1/blocs").expect(200).json()) {
            if (b.get("name").asString().equals(name)) {
                return b.get("id").asLong();
            }
        }
        throw new AssertionError("no bloc " + name);
    }
}
