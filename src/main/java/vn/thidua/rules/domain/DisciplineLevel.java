package vn.thidua.rules.domain;

/** Disciplinary measures, mildest first. */
public enum DisciplineLevel {
    KHIEN_TRACH("khiển trách"),
    CANH_CAO("cảnh cáo"),
    HA_BAC_LUONG("hạ bậc lương"),
    GIANG_CHUC("giáng chức"),
    CACH_CHUC("cách chức"),
    BUOC_THOI_VIEC("buộc thôi việc");

    private final String words;

    DisciplineLevel(String words) {
        this.words = words;
    }

    public boolean atLeast(DisciplineLevel other) {
        return ordinal() >= other.ordinal();
    }

    /** As a decision names the measure: "khiển trách". */
    public String words() {
        return words;
    }
}
