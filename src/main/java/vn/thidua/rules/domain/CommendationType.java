package vn.thidua.rules.domain;

/** Loại hình khen thưởng. Prerequisite chains apply only to regular (thường xuyên) commendation. */
public enum CommendationType {
    THUONG_XUYEN, CHUYEN_DE, DOT_XUAT, CONG_HIEN
}
