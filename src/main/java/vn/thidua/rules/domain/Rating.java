package vn.thidua.rules.domain;

/** Yearly rating (xếp loại chất lượng), best first. */
public enum Rating {
    HTXSNV, HTTNV, HTNV, KHTNV;

    public boolean atLeast(Rating other) {
        return ordinal() <= other.ordinal();
    }
}
