package vn.thidua.rules.domain;

/** Loại hình khen thưởng. Prerequisite chains apply only to regular (thường xuyên) commendation. */
public enum CommendationType {
    THUONG_XUYEN("thường xuyên"),
    CHUYEN_DE("theo đợt, chuyên đề"),
    DOT_XUAT("đột xuất"),
    CONG_HIEN("quá trình cống hiến");

    private final String words;

    CommendationType(String words) {
        this.words = words;
    }

    /** As a decision names it: "theo đợt, chuyên đề". */
    public String words() {
        return words;
    }
}
