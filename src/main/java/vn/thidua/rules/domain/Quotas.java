package vn.thidua.rules.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Limits over a whole set of proposals, each with the parameter that sets it. */
public final class Quotas {

    private Quotas() {}

    public enum Kind {
        /**
         * Before 2024, at most 15% of a unit's Lao động tiên tiến could be Chiến sĩ thi đua cơ sở; since, a province's
         * own cap warns.
         */
        CSTDCS_SHARE,
        /** A bloc's flag proposals within the quota the board granted it (or the province's regulation). */
        BLOC_FLAGS,
        /** A bloc's Bằng khen proposals after the flags, within the number the province's regulation sets. */
        BLOC_MERITS,
        /**
         * Before 2024, Cờ thi đua của Chính phủ for at most 20% of the collectives of the provincial flag's standard;
         * since, a province's own cap warns.
         */
        CO_CP_SHARE
    }

    /**
     * {@code base}: LĐTT count, flag holders, or (for BLOC_FLAGS, BLOC_MERITS) the number granted, null to use the
     * regulation.
     */
    public static QuotaCheck check(Kind kind, @Nullable Integer base, int proposed, Parameters parameters) {
        return switch (kind) {
            case CSTDCS_SHARE ->
                share(
                        "Số Chiến sĩ thi đua cơ sở không vượt tỷ lệ so với số Lao động tiên tiến",
                        base,
                        proposed,
                        parameters.get(ParameterKey.CSTDCS_MAX_SHARE_OF_LDTT),
                        parameters);
            case CO_CP_SHARE ->
                share(
                        "Số Cờ thi đua của Chính phủ không vượt tỷ lệ so với số tập thể đạt tiêu chuẩn Cờ cấp tỉnh",
                        base,
                        proposed,
                        parameters.get(ParameterKey.CO_CP_MAX_SHARE),
                        parameters);
            case BLOC_FLAGS ->
                count(
                        "Số đề nghị Cờ thi đua của khối không vượt số được phân bổ",
                        base,
                        proposed,
                        parameters.get(ParameterKey.BLOC_FLAG_QUOTA));
            case BLOC_MERITS ->
                count(
                        "Số đề nghị Bằng khen của khối không vượt số quy chế cho phép",
                        base,
                        proposed,
                        parameters.get(ParameterKey.BLOC_MERIT_QUOTA));
        };
    }

    /**
     * A share of a list. From 2024 the law sets none (Bộ Nội vụ: Luật 06/2022/QH15 and its decrees give no
     * percentage and no power to set one), so without a province's own value there is no limit, and a
     * province's own value only warns ({@code binding} false): it never makes a proposal unlawful.
     */
    private static QuotaCheck share(
            String condition, @Nullable Integer base, int proposed, @Nullable Parameter p, Parameters parameters) {
        if (p == null && parameters.regime().law2022OrLater()) {
            return new QuotaCheck(
                    condition,
                    true,
                    null,
                    proposed,
                    "Luật Thi đua, khen thưởng 2022 và các nghị định hướng dẫn không quy định tỷ lệ này",
                    true,
                    false);
        }
        boolean binding = p == null || p.authorityId() == null;
        String basis = p == null
                ? ""
                : p.basis().citation() + (binding ? "" : " (quy định riêng của cơ quan: chỉ để cảnh báo)");
        if (p == null || base == null) {
            return new QuotaCheck(condition, null, null, proposed, basis, false, binding);
        }
        int max = (int) Math.floor(base * p.doubleValue() + 1e-9);
        return new QuotaCheck(condition, proposed <= max, max, proposed, basis, p.verified(), binding);
    }

    /**
     * A number per bloc: the board's own allocation for the bloc year first ({@code granted}), else the regulation's.
     */
    private static QuotaCheck count(
            String condition, @Nullable Integer granted, int proposed, @Nullable Parameter regulation) {
        if (granted != null) {
            return new QuotaCheck(
                    condition,
                    proposed <= granted,
                    granted,
                    proposed,
                    "Số Ban Thi đua – Khen thưởng phân bổ cho khối",
                    true,
                    true);
        }
        if (regulation == null) {
            return new QuotaCheck(condition, null, null, proposed, "", false, true);
        }
        return new QuotaCheck(
                condition,
                proposed <= regulation.intValue(),
                regulation.intValue(),
                proposed,
                regulation.basis().citation(),
                regulation.verified(),
                true);
    }

    /**
     * Where a bloc's consolidated ranking is cut at its conference: the first places up to the flag
     * quota (the board's allocation for the bloc year, else the regulation's BLOC_FLAG_QUOTA) point to
     * the Cờ thi đua, the next ones up to BLOC_MERIT_QUOTA to the Bằng khen, the rest to nothing. A
     * quota no rule sets is zero places. The conference's documents and the bloc's proposal both cut here.
     */
    public record ConferenceCut(int flags, int merits) {

        public ConferenceCut {
            if (flags < 0 || merits < 0) {
                throw new IllegalArgumentException("a quota is never negative");
            }
        }

        /** {@code grantedFlags}: the board's allocation for the bloc year, null when it set none. */
        public static ConferenceCut of(@Nullable Integer grantedFlags, Parameters parameters) {
            return new ConferenceCut(
                    places(check(Kind.BLOC_FLAGS, grantedFlags, 0, parameters)),
                    places(check(Kind.BLOC_MERITS, null, 0, parameters)));
        }

        private static int places(QuotaCheck quota) {
            return quota.max() == null ? 0 : quota.max();
        }

        /** The award the place at {@code index} (0 for the first) points to; empty past the cut. */
        public Optional<Award> awardAt(int index) {
            if (index < flags) {
                return Optional.of(Award.CO_TINH);
            }
            return index < flags + merits ? Optional.of(Award.BK_TINH) : Optional.empty();
        }

        /** How many places the cut proposes at all. */
        public int size() {
            return flags + merits;
        }

        /**
         * The two cuts of the list, after the flags and after the Bằng khen, where a tie is the conference's to settle.
         */
        public List<Integer> cuts() {
            return List.of(flags, flags + merits);
        }
    }

    /**
     * {@code binding}: a limit of the law or of the board's own allocation, which a proposal must keep;
     * false for a province's own cap on a share the law leaves open, which only warns.
     */
    public record QuotaCheck(
            String condition,
            @Nullable Boolean met,
            @Nullable Integer max,
            int proposed,
            String basis,
            boolean verified,
            boolean binding) {}
}
