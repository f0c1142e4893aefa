package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Seed 004: Lạng Sơn's Cụm các cơ quan Tham mưu tổng hợp, year 2021, seven members, leader Sở Tài
 * chính. The report gives the outcome, not the scores: these are entered, through the API and by
 * each unit's own officer, so that the ranking comes out as the conference of 20/01/2022 decided.
 * Played once per test run (the tests share one database); every later caller gets the same year.
 */
public final class LangSon2021 {

    /** Officer, unit name, and the points for 1.1 1.2 1.3 2.1 2.2 3.1 4.1, bonus 5.1, penalty 5.2. */
    private static final Map<String, Object[]> SCORES = new LinkedHashMap<>();

    static {
        SCORES.put("taichinh.langson", new Object[] {"Sở Tài chính", 25, 20, 15, 8, 7, 10, 15, 3, 0});
        SCORES.put("doandbqh.langson", new Object[] {"Văn phòng Đoàn ĐBQH&HĐND tỉnh", 24, 19, 15, 8, 7, 10, 15, 2, 0});
        SCORES.put("ngoaivu.langson", new Object[] {"Sở Ngoại vụ", 24, 19, 14, 8, 7, 9, 15, 1, 0});
        SCORES.put("kehoach.langson", new Object[] {"Sở Kế hoạch và Đầu tư", 23, 19, 14, 8, 6, 9, 15, 0, 0});
        SCORES.put("vanphong.langson", new Object[] {"Văn phòng UBND tỉnh", 23, 18, 14, 7, 6, 9, 15, 0, 0});
        SCORES.put("noivu.langson", new Object[] {"Sở Nội vụ", 22, 18, 13, 7, 6, 9, 14, 0, 0});
        SCORES.put("tuphap.langson", new Object[] {"Sở Tư pháp", 22, 17, 13, 7, 6, 9, 14, 0, 1});
    }

    private static final String[] CODES = {"1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1", "5.1", "5.2"};

    static String entries(Object[] row) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < CODES.length; i++) {
            list.add(Map.of("code", CODES[i], "points", row[i + 1]));
        }
        return json("version", 0, "entries", list);
    }

    /** A sheet's draft saved, then submitted with the version the save answered. */
    static void fillAndSubmit(Api unit, String sheet, Object[] row) {
        Api.Response saved = unit.put(sheet, entries(row));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(unit.post(
                                sheet + "/submit",
                                json("version", saved.json().get("version").asLong()))
                        .status())
                .isEqualTo(200);
    }

    /** {"version": n}: the round's version, which every write of a round step carries. */
    static String roundVersion(Api api, String base) {
        return json(
                "version",
                api.get(base + "/scoring").expect(200).json().get("version").asLong());
    }

    /** The criteria of the sample table scored above (the ranking export has one column for each). */
    public static final int CRITERIA = CODES.length;

    private static Long ranked;

    private LangSon2021() {}

    /**
     * The 2021 bloc year, scored, inspected, consolidated and locked: Sở Tài chính, VP Đoàn ĐBQH&HĐND, Sở Ngoại vụ
     * first.
     */
    public static synchronized long ranked(int port) {
        if (ranked == null) {
            ranked = play(port);
        }
        return ranked;
    }

    private static long play(int port) {
        Api board = Api.as(port, "ban.langson");
        Api leader = Api.as(port, "taichinh.langson");
        Registry registry = new Registry(board);
        long bloc = registry.bloc("Cụm các cơ quan Tham mưu tổng hợp");
        long year =
                board.get("/api/v1/blocs/" + bloc + "/years/2021").expect(200).id();
        String base = "/api/v1/bloc-years/" + year;
        Map<String, Long> unitOf = new LinkedHashMap<>();
        SCORES.forEach((officer, row) -> unitOf.put(officer, registry.unit("lang-son", (String) row[0])));

        long table = board.get("/api/v1/scoring-templates?authorityId=" + registry.authority("lang-son"))
                .expect(200)
                .json()
                .valueStream()
                .filter(t ->
                        t.get("year").asInt() == 2021 && !t.get("publishedAt").isNull())
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(leader.put(base + "/scoring", json("templateId", table)).status())
                .isEqualTo(200);
        assertThat(leader.put(
                                base + "/launch",
                                json(
                                        "launchedOn",
                                        "2021-03-01",
                                        "text",
                                        "Phát động phong trào thi đua năm 2021 của Cụm"))
                        .status())
                .isEqualTo(200);
        for (String officer : SCORES.keySet()) {
            Api unit = Api.as(port, officer);
            String covenant = base + "/covenant/" + unitOf.get(officer);
            assertThat(unit.put(covenant, json("targets", "Hoàn thành 100% nhiệm vụ được giao"))
                            .status())
                    .isEqualTo(200);
            assertThat(unit.post(
                                    covenant + "/sign",
                                    json("signerName", "Thủ trưởng đơn vị", "signerPosition", "Giám đốc"))
                            .status())
                    .isEqualTo(200);
            fillAndSubmit(unit, base + "/sheets/SELF/" + unitOf.get(officer), SCORES.get(officer));
        }

        JsonNode pairs = leader.post(base + "/inspections/generate", roundVersion(leader, base))
                .json();
        assertThat(pairs).hasSize(7);
        assertThat(leader.post(base + "/inspections/open", roundVersion(leader, base))
                        .status())
                .isEqualTo(200);
        for (JsonNode pair : pairs) {
            String inspector = officerOf(unitOf, pair.get("inspector").asLong());
            String inspected = officerOf(unitOf, pair.get("inspected").asLong());
            Object[] row = SCORES.get(inspected).clone();
            if (inspected.equals("tuphap.langson")) {
                row[2] = 12; // 1.2: 12 against 17 claimed, flagged for the leader
            }
            Api unit = Api.as(port, inspector);
            fillAndSubmit(unit, base + "/sheets/INSPECTION/" + unitOf.get(inspected), row);
        }
        JsonNode flags = leader.get(base + "/discrepancies").expect(200).json();
        assertThat(flags).hasSize(1);
        assertThat(leader.post(
                                base + "/discrepancies",
                                json(
                                        "unitId",
                                        unitOf.get("tuphap.langson"),
                                        "criterionCode",
                                        "1.2",
                                        "points",
                                        16,
                                        "reason",
                                        "Đối chiếu minh chứng tại Hội nghị",
                                        "version",
                                        leader.get(base + "/scoring")
                                                .expect(200)
                                                .json()
                                                .get("version")
                                                .asLong()))
                        .status())
                .isEqualTo(200);
        leader.post(
                        base + "/consolidate",
                        json(
                                "objectionFrom",
                                "2022-01-10",
                                "objectionUntil",
                                "2022-01-15",
                                "version",
                                leader.get(base + "/scoring")
                                        .expect(200)
                                        .json()
                                        .get("version")
                                        .asLong()))
                .expect(200);
        assertThat(board.post(base + "/lock", roundVersion(board, base)).status())
                .isEqualTo(200);
        return year;
    }

    private static String officerOf(Map<String, Long> unitOf, long unitId) {
        return unitOf.entrySet().stream()
                .filter(e -> e.getValue() == unitId)
                .findFirst()
                .orElseThrow()
                .getKey();
    }
}
