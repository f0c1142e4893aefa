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
        /** Cờ thi đua của Chính phủ for at most 20% of the collectives that meet the provincial flag standard. */
        CO_CP_SHARE
    }

    /** {@code base}: LĐTT count, flag holders, or (for BLOC_FLAGS) the quota granted, null to use the regulation. */
    public static QuotaCheck check(Kind kind, Integer base, int proposed, Parameters parameters) {
        return switch (kind) {
            case CSTDCS_SHARE -> share("Số Chiến sĩ thi đua cơ sở không vượt tỷ lệ so với số Lao động tiên tiến",
                    base, proposed, parameters.get(ParameterKey.CSTDCS_MAX_SHARE_OF_LDTT));
            case CO_CP_SHARE -> share("Số Cờ thi đua của Chính phủ không vượt tỷ lệ so với số tập thể đạt tiêu chuẩn Cờ cấp tỉnh",
                    base, proposed, parameters.get(ParameterKey.CO_CP_MAX_SHARE));
            case BLOC_FLAGS -> flags(base, proposed, parameters.get(ParameterKey.BLOC_FLAG_QUOTA));
        };
    }

    private static QuotaCheck share(String condition, Integer base, int proposed, Parameter p) {
        if (p == null || base == null) {
            return new QuotaCheck(condition, null, null, proposed, p == null ? "" : p.basis().citation(), false);
        }
        int max = (int) Math.floor(base * p.doubleValue() + 1e-9);
        return new QuotaCheck(condition, proposed <= max, max, proposed, p.basis().citation(), p.verified());
    }

    private static QuotaCheck flags(Integer granted, int proposed, Parameter regulation) {
        String condition = "Số đề nghị Cờ thi đua của khối không vượt số được phân bổ";
        if (granted != null) {
            return new QuotaCheck(condition, proposed <= granted, granted, proposed,
                    "Số Cờ thi đua Ban Thi đua – Khen thưởng phân bổ cho khối", true);
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
