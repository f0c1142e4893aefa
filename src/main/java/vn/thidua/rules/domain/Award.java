package vn.thidua.rules.domain;

import org.jspecify.annotations.Nullable;

/**
 * The titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng) the engine
 * answers for, with the codes of the public contract (shared/domain/eligibility-api.md).
 */
public enum Award {
    LDTT(SubjectKind.INDIVIDUAL, true, "Lao động tiên tiến", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã"),
    CSTD_CS(SubjectKind.INDIVIDUAL, true, "Chiến sĩ thi đua cơ sở", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã"),
    CSTD_TINH(
            SubjectKind.INDIVIDUAL, true, "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "Bộ trưởng, Chủ tịch UBND tỉnh"),
    CSTD_TQ(SubjectKind.INDIVIDUAL, true, "Chiến sĩ thi đua toàn quốc", "Thủ tướng Chính phủ"),
    TTLDTT(
            SubjectKind.COLLECTIVE,
            true,
            "Tập thể lao động tiên tiến",
            "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã"),
    TTLDXS(SubjectKind.COLLECTIVE, true, "Tập thể lao động xuất sắc", "Bộ trưởng, Chủ tịch UBND tỉnh"),
    CO_TINH(SubjectKind.COLLECTIVE, true, "Cờ thi đua cấp bộ, ban, ngành, tỉnh", "Bộ trưởng, Chủ tịch UBND tỉnh"),
    CO_CP(SubjectKind.COLLECTIVE, true, "Cờ thi đua của Chính phủ", "Thủ tướng Chính phủ"),
    GIAY_KHEN(null, false, "Giấy khen", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã"),
    BK_TINH(null, false, "Bằng khen cấp bộ, ban, ngành, tỉnh", "Bộ trưởng, Chủ tịch UBND tỉnh"),
    BK_TTG(null, false, "Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    HCLD_3(null, false, "Huân chương Lao động hạng Ba", "Chủ tịch nước"),
    HCLD_2(null, false, "Huân chương Lao động hạng Nhì", "Chủ tịch nước"),
    HCLD_1(null, false, "Huân chương Lao động hạng Nhất", "Chủ tịch nước");

    private final @Nullable SubjectKind onlyFor;
    private final boolean title;
    private final String label;
    private final String decidedBy;

    Award(@Nullable SubjectKind onlyFor, boolean title, String label, String decidedBy) {
        this.onlyFor = onlyFor;
        this.title = title;
        this.label = label;
        this.decidedBy = decidedBy;
    }

    public boolean isFor(SubjectKind kind) {
        return onlyFor == null || onlyFor == kind;
    }

    /** An emulation title is given once a year at most; a form of commendation may be given more often. */
    public boolean isTitle() {
        return title;
    }

    public @Nullable SubjectKind onlyFor() {
        return onlyFor;
    }

    public String label() {
        return label;
    }

    /** Who decides it under the two-level local government (the commune chair holding the district chair's powers). */
    public String decidedBy() {
        return decidedBy;
    }

    /**
     * Who decided it: before NĐ 129/2025/NĐ-CP ({@code communeHoldsDistrictPowers} false) the district chair
     * (Law 2022 khoản 2 Điều 80) decided the titles of the base level and Giấy khen that the commune chair
     * decides since.
     */
    public String decidedBy(boolean communeHoldsDistrictPowers) {
        if (communeHoldsDistrictPowers) {
            return decidedBy;
        }
        return switch (this) {
            case LDTT, CSTD_CS, TTLDTT -> "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp huyện";
            case GIAY_KHEN -> "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp huyện, cấp xã";
            default -> decidedBy;
        };
    }
}
