package vn.thidua.rules.domain;

/**
 * An award as its decision names it: the province's or the ministry's flag and certificate of merit by their own names.
 */
public final class AwardNames {

    private AwardNames() {}

    public static String of(Award award, boolean province) {
        return switch (award) {
            case CO_TINH -> province ? "Cờ thi đua của Ủy ban nhân dân tỉnh" : "Cờ thi đua của Bộ";
            case BK_TINH -> province ? "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" : "Bằng khen của Bộ trưởng";
            case CSTD_TINH -> province ? "Chiến sĩ thi đua cấp tỉnh" : "Chiến sĩ thi đua cấp bộ";
            case TTLDXS -> "Tập thể lao động xuất sắc";
            default -> award.label();
        };
    }

    /**
     * The awards a provincial or ministerial decision gives (higher ones go up to the Prime Minister or the President).
     */
    public static boolean decidedByAuthority(Award award) {
        return award == Award.CO_TINH || award == Award.BK_TINH || award == Award.CSTD_TINH || award == Award.TTLDXS;
    }
}
