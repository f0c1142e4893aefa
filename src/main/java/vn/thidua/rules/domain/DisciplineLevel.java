package vn.thidua.rules.domain;

/** Disciplinary measures, mildest first. */
public enum DisciplineLevel {
    KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC;

    public boolean atLeast(DisciplineLevel other) {
        return ordinal() >= other.ordinal();
    }
}
