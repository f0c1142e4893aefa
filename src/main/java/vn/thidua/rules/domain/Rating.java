package vn.thidua.rules.domain;

/** Yearly rating (xếp loại chất lượng), best first. */
public enum Rating {
    HTXSNV("hoàn thành xuất sắc nhiệm vụ"),
    HTTNV("hoàn thành tốt nhiệm vụ"),
    HTNV("hoàn thành nhiệm vụ"),
    KHTNV("không hoàn thành nhiệm vụ");

    private final String words;

    Rating(String words) {
        this.words = words;
    }

    public boolean atLeast(Rating other) {
        return ordinal() <= other.ordinal();
    }

    /** As an officer writes it: "hoàn thành tốt nhiệm vụ". */
    public String words() {
        return words;
    }
}
