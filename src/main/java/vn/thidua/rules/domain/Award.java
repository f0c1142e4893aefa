package vn.thidua.rules.domain;

/**
 * The titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng) the engine
 * answers for, with the codes of the public contract (shared/domain/eligibility-api.md).
 */
public enum Award {
    LDTT(SubjectKind.INDIVIDUAL, true, "Lao động tiên tiến", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã"),
    CSTD_CS(SubjectKind.INDIVIDUAL, true, "Chiến sĩ thi đua cơ sở", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã"),
    CSTD_TINH(SubjectKind.INDIVIDUAL, true, "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "Bộ trưởng, Chủ tịch UBND tỉnh"),
    CSTD_TQ(SubjectKind.INDIVIDUAL, true, "Chiến sĩ thi đua toàn quốc", "Thủ tướng Chính phủ"),
    TTLDTT(SubjectKind.COLLECTIVE, true, "Tập thể lao động tiên tiến", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã"),
    TTLDXS(SubjectKind.COLLECTIVE, true, "Tập thể lao động xuất sắc", "Bộ trưởng, Chủ tịch UBND tỉnh"),
    CO_TINH(SubjectKind.COLLECTIVE, true, "Cờ thi đua cấp bộ, ban, ngành, tỉnh", "Bộ trưởng, Chủ tịch UBND tỉnh"),
    CO_CP(SubjectKind.COLLECTIVE, true, "Cờ thi đua của Chính phủ", "Thủ tướng Chính phủ"),
    GIAY_KHEN(null, false, "Giấy khen", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã"),
    BK_TINH(null, false, "Bằng khen cấp bộ, ban, ngành, tỉnh", "Bộ trưởng, Chủ tịch UBND tỉnh"),
    BK_TTG(null, false, "Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    HCLD_3(null, false, "Huân chương Lao động hạng Ba", "Chủ tịch nước"),
    HCLD_2(null, false, "Huân chương Lao động hạng Nhì", "Chủ tịch nước"),
    HCLD_1(null, false, "Huân chương Lao động hạng Nhất", "Chủ tịch nước");

    private final SubjectKind onlyFor;
    private final boolean title;
    private final String label;
    private final String decidedBy;

    Award(SubjectKind onlyFor, boolean title, String label, String decidedBy) {
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

    public SubjectKind onlyFor() {
        return onlyFor;
    }

    public String label() {
        return label;
    }

    /** Who decides it today: since 01/07/2025 the commune chair holds the former district chair's powers. */
    public String decidedBy() {
        return decidedBy;
    }

    /** The day the district level ended (Luật 72/2025/QH15) and NĐ 129/2025/NĐ-CP moved its chair's powers to the commune. */
    public static final java.time.LocalDate TWO_LEVEL_GOVERNMENT = java.time.LocalDate.of(2025, 7, 1);

    /**
     * Who decided it on a day: before 01/07/2025 the district chair (Law 2022 khoản 2 Điều 80) decided the
     * titles of the base level and Giấy khen that the commune chair decides since (NĐ 129/2025/NĐ-CP).
     */
    public String decidedBy(java.time.LocalDate on) {
        if (!on.isBefore(TWO_LEVEL_GOVERNMENT)) {
            return decidedBy;
        }
        return switch (this) {
            case LDTT, CSTD_CS, TTLDTT -> "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp huyện";
            case GIAY_KHEN -> "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp huyện, cấp xã";
            default -> decidedBy;
        };
    }
}
