package vn.thidua.rules.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every number and every cited rule the engine uses. Values, dates and legal bases are data
 * (src/main/resources/rules/legal-parameters.csv, then the board's edits), never constants.
 */
public enum ParameterKey {
    CRITERIA_LDTT,
    CRITERIA_CSTD_CS,
    CRITERIA_CSTD_TINH,
    CRITERIA_CSTD_TQ,
    CRITERIA_TTLDTT,
    CRITERIA_TTLDXS,
    CRITERIA_CO_TINH,
    CRITERIA_CO_CP,
    CRITERIA_GIAY_KHEN,
    CRITERIA_BK_TINH,
    CRITERIA_BK_TTG,
    CRITERIA_HCLD_3,
    CRITERIA_HCLD_2,
    CRITERIA_HCLD_1,
    LDTT_MIN_MONTHS,
    DISCIPLINE_EXCLUDES,
    CSTDCS_MIN_INITIATIVES,
    CSTDCS_MAX_SHARE_OF_LDTT,
    CSTD_TINH_CONSECUTIVE_CSTDCS,
    CSTD_TINH_MIN_INITIATIVES,
    CSTD_TINH_PERIOD_YEARS,
    CSTD_TQ_CONSECUTIVE_CSTD_TINH,
    CSTD_TQ_MIN_INITIATIVES,
    TTLDTT_MIN_LDTT_SHARE,
    TTLDXS_MIN_LDTT_SHARE,
    TTLDXS_MIN_COMPLETED_SHARE,
    TTLDXS_MIN_CSTDCS,
    CO_CP_MAX_SHARE,
    BLOC_FLAG_QUOTA,
    BLOC_MERIT_QUOTA,
    PUBLIC_COMMENT_DAYS,
    PROPOSAL_REVIEW_DAYS,
    COUNCIL_SESSION_DAYS,
    DECISION_DAYS,
    /**
     * Retired: Law 2022 điểm d khoản 1 Điều 74 has no route by two CSTĐCS alone; kept so that an edited row still
     * reads.
     */
    BK_TINH_CONSECUTIVE_CSTDCS,
    BK_TINH_HTXS_YEARS,
    BK_TINH_MIN_INITIATIVES,
    BK_TINH_COLLECTIVE_HTXS_YEARS,
    BK_TTG_YEARS,
    BK_TTG_MIN_CSTDCS,
    BK_TTG_COLLECTIVE_HTXS_YEARS,
    /**
     * Before 2024: five base-level initiatives in the years after the Bằng khen cấp tỉnh (NĐ 91/2017 điểm c khoản 1
     * Điều 38).
     */
    BK_TTG_MIN_INITIATIVES,
    /** Retired: each class of the Huân chương cites its own article; kept so that an edited row still reads. */
    HCLD_LADDER,
    HCLD_YEARS,
    HCLD_MIN_EXCELLENT_YEARS,
    HCLD_MIN_CSTDCS,
    HCLD_COLLECTIVE_HTXS_YEARS,
    NEXT_AWARD_WINDOW,
    THEMATIC_NOT_BASIS,
    EARLIER_TITLES_COUNT,
    VOTE_THRESHOLD_CSTD,
    VOTE_THRESHOLD_OTHER,
    VOTE_QUORUM,
    VOTE_BLOC_THRESHOLD,
    VOTE_BLOC_QUORUM,
    /**
     * Giấy khen: the consecutive years of good task completion or better that a ministry's or province's
     * own regulation asks (Law 2022 khoản 2 Điều 75 leaves the criteria to each of them): regional only.
     */
    GIAY_KHEN_GOOD_YEARS;

    /**
     * The keys a province or ministry may set by its own regulation (quy chế): its blocs' flags and
     * its council's vote. The law's own conditions and caps are national and cannot be relaxed locally.
     */
    public static final Set<ParameterKey> REGIONAL = EnumSet.of(
            BLOC_FLAG_QUOTA,
            BLOC_MERIT_QUOTA,
            PUBLIC_COMMENT_DAYS,
            PROPOSAL_REVIEW_DAYS,
            COUNCIL_SESSION_DAYS,
            DECISION_DAYS,
            VOTE_THRESHOLD_CSTD,
            VOTE_THRESHOLD_OTHER,
            VOTE_QUORUM,
            VOTE_BLOC_THRESHOLD,
            VOTE_BLOC_QUORUM,
            GIAY_KHEN_GOOD_YEARS,
            // from 2024 the law sets no share of CSTĐCS or of the Government's flag: a cap is a province's own policy,
            // which warns and never makes anyone "not eligible" (Bộ Nội vụ's answers; docs/legal-gaps.md)
            CSTDCS_MAX_SHARE_OF_LDTT,
            CO_CP_MAX_SHARE);

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("messages", Locale.ROOT);

    /** What the parameter is, in Vietnamese (the same text as the parameter pages show). */
    public String label() {
        String key = "parameterKey." + name();
        return LABELS.containsKey(key) ? LABELS.getString(key) : name();
    }

    /** Whether the value is a share (0 to 1) rather than a whole number. */
    public boolean isShare() {
        return name().contains("SHARE") || name().startsWith("VOTE_");
    }

    /** Whether the value is a length of time (days, months, years), which is at least one. */
    public boolean isPeriod() {
        return name().endsWith("_DAYS") || name().endsWith("_MONTHS") || name().endsWith("_YEARS");
    }

    private static final Map<Award, ParameterKey> CRITERIA = new EnumMap<>(Award.class);

    static {
        for (Award award : Award.values()) {
            CRITERIA.put(award, valueOf("CRITERIA_" + award.name()));
        }
    }

    public static ParameterKey criteriaOf(Award award) {
        return Objects.requireNonNull(CRITERIA.get(award), award::name);
    }
}
