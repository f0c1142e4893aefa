package vn.thidua.rules.domain;

/** Limits over a whole set of proposals, each with the parameter that sets it. */
public final class Quotas {

    private Quotas() {
    }

    public enum Kind {
        /** At most 15% of a unit's Lao động tiên tiến may be Chiến sĩ thi đua cơ sở. */
        CSTDCS_SHARE,
        /** A bloc's flag proposals within the quota the board granted it (or the province's regulation). */
        BLOC_FLAGS,
        /** A bloc's Bằng khen proposals after the flags, within the number the province's regulation sets. */
        BLOC_MERITS,
        /** Cờ thi đua của Chính phủ for at most 20% of the collectives that meet the provincial flag standard. */
        CO_CP_SHARE
    }

    /** {@code base}: LĐTT count, flag holders, or (for BLOC_FLAGS, BLOC_MERITS) the number granted, null to use the regulation. */
    public static QuotaCheck check(Kind kind, Integer base, int proposed, Parameters parameters) {
        return switch (kind) {
            case CSTDCS_SHARE -> share("Số Chiến sĩ thi đua cơ sở không vượt tỷ lệ so với số Lao động tiên tiến",
                    base, proposed, parameters.get(ParameterKey.CSTDCS_MAX_SHARE_OF_LDTT));
            case CO_CP_SHARE -> share("Số Cờ thi đua của Chính phủ không vượt tỷ lệ so với số tập thể đạt tiêu chuẩn Cờ cấp tỉnh",
                    base, proposed, parameters.get(ParameterKey.CO_CP_MAX_SHARE));
            case BLOC_FLAGS -> count("Số đề nghị Cờ thi đua của khối không vượt số được phân bổ", base, proposed,
                    parameters.get(ParameterKey.BLOC_FLAG_QUOTA));
            case BLOC_MERITS -> count("Số đề nghị Bằng khen của khối không vượt số quy chế cho phép", base, proposed,
                    parameters.get(ParameterKey.BLOC_MERIT_QUOTA));
        };
    }

    private static QuotaCheck share(String condition, Integer base, int proposed, Parameter p) {
        if (p == null || base == null) {
            return new QuotaCheck(condition, null, null, proposed, p == null ? "" : p.basis().citation(), false);
        }
        int max = (int) Math.floor(base * p.doubleValue() + 1e-9);
        return new QuotaCheck(condition, proposed <= max, max, proposed, p.basis().citation(), p.verified());
    }

    /** A number per bloc: the board's own allocation for the bloc year first ({@code granted}), else the regulation's. */
    private static QuotaCheck count(String condition, Integer granted, int proposed, Parameter regulation) {
        if (granted != null) {
            return new QuotaCheck(condition, proposed <= granted, granted, proposed,
                    "Số Ban Thi đua – Khen thưởng phân bổ cho khối", true);
        }
        if (regulation == null) {
            return new QuotaCheck(condition, null, null, proposed, "", false);
        }
        return new QuotaCheck(condition, proposed <= regulation.intValue(), regulation.intValue(), proposed,
                regulation.basis().citation(), regulation.verified());
    }

    public record QuotaCheck(String condition, Boolean met, Integer max, int proposed, String basis, boolean verified) {
    }
}
