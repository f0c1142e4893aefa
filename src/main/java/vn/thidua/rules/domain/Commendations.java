package vn.thidua.rules.domain;

import static vn.thidua.rules.domain.ParameterKey.*;

import vn.thidua.rules.domain.History.AwardRecord;

/** Giấy khen, Bằng khen cấp tỉnh, Bằng khen của Thủ tướng, Huân chương Lao động: the regular route. */
final class Commendations {

    private Commendations() {
    }

    static void giayKhen(Question q, Evaluation e) {
        Rating rating = q.subject().ratingIn(q.year());
        e.fact("Hoàn thành tốt nhiệm vụ trở lên năm " + q.year(), rating == null ? null : rating.atLeast(Rating.HTTNV),
                CRITERIA_GIAY_KHEN);
        e.judgement("Có thành tích được bình xét trong phong trào thi đua, đoàn kết, thực hiện tốt quy chế dân chủ",
                CRITERIA_GIAY_KHEN);
    }

    /** Two consecutive years of excellent task completion (with two unit-level initiatives for a person). */
    static void bangKhenTinh(Question q, Evaluation e) {
        boolean person = q.subject().kind() == SubjectKind.INDIVIDUAL;
        ParameterKey yearsKey = person ? BK_TINH_HTXS_YEARS : BK_TINH_COLLECTIVE_HTXS_YEARS;
        Integer years = e.count(yearsKey);
        int from = years == null ? q.year() : q.year() - years + 1;
        AwardRecord previous = q.subject().lastRegular(Award.BK_TINH, q.year());
        if (previous != null) {
            e.fact("Thành tích xét sau thời gian đạt thành tích ghi trong quyết định khen thưởng lần trước ("
                    + previous.periodFrom() + "–" + previous.periodTo() + ")", previous.periodTo() < from, NEXT_AWARD_WINDOW);
        }
        excellentYears(q, e, years, from, yearsKey);
        if (person) {
            initiatives(q, e, from, InitiativeLevel.CO_SO, BK_TINH_MIN_INITIATIVES, "cơ sở");
        } else {
            e.judgement("Nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở", CRITERIA_BK_TINH);
        }
    }

    /** Had a regular Bằng khen cấp tỉnh, then five consecutive excellent years counted after its period. */
    static void bangKhenThuTuong(Question q, Evaluation e) {
        boolean person = q.subject().kind() == SubjectKind.INDIVIDUAL;
        ParameterKey yearsKey = person ? BK_TTG_HTXS_YEARS : BK_TTG_COLLECTIVE_HTXS_YEARS;
        ladder(q, e, Award.BK_TINH, Award.BK_TTG, yearsKey);
        if (person) {
            Integer years = e.count(yearsKey);
            initiatives(q, e, years == null ? q.year() : q.year() - years + 1, InitiativeLevel.CO_SO,
                    BK_TTG_MIN_INITIATIVES, "cơ sở");
        }
    }

    /** Hạng Ba after the Prime Minister's Bằng khen; hạng Nhì after hạng Ba; hạng Nhất after hạng Nhì. */
    static void huanChuongLaoDong(Question q, Evaluation e) {
        Award prerequisite = switch (q.award()) {
            case HCLD_3 -> Award.BK_TTG;
            case HCLD_2 -> Award.HCLD_3;
            case HCLD_1 -> Award.HCLD_2;
            default -> throw new IllegalArgumentException(q.award().name());
        };
        ladder(q, e, prerequisite, q.award(), HCLD_HTXS_YEARS);
        if (q.subject().kind() == SubjectKind.INDIVIDUAL) {
            Integer years = e.count(HCLD_HTXS_YEARS);
            initiatives(q, e, years == null ? q.year() : q.year() - years + 1, InitiativeLevel.TINH,
                    HCLD_MIN_PROVINCIAL_INITIATIVES, "bộ, ban, ngành, tỉnh");
        }
    }

    /**
     * The step before, given for regular achievements (a thematic or one-off award is no basis), then
     * the required run of excellent years counted from the end of the achievement period in its decision.
     */
    private static void ladder(Question q, Evaluation e, Award prerequisite, Award award, ParameterKey yearsKey) {
        History h = q.subject();
        Integer years = e.count(yearsKey);
        int from = years == null ? q.year() : q.year() - years + 1;
        AwardRecord before = h.lastRegular(prerequisite, q.year());
        if (before == null && h.hasIrregular(prerequisite, q.year())) {
            e.fact("Đã được tặng " + prerequisite.label() + " (khen thưởng theo đợt, chuyên đề, đột xuất không là căn cứ)",
                    false, THEMATIC_NOT_BASIS);
        } else {
            e.fact("Đã được tặng " + prerequisite.label(), before != null, criteriaOf(award));
        }
        if (before != null) {
            e.fact(years + " năm liên tục sau thời gian đạt thành tích ghi trong quyết định tặng " + prerequisite.label()
                    + " (" + before.periodFrom() + "–" + before.periodTo() + ")", before.periodTo() < from, NEXT_AWARD_WINDOW);
        }
        AwardRecord same = h.lastRegular(award, q.year());
        if (same != null) {
            e.fact("Thành tích chưa được khen " + award.label() + " (lần trước: " + same.periodFrom() + "–"
                    + same.periodTo() + ")", same.periodTo() < from, NEXT_AWARD_WINDOW);
        }
        excellentYears(q, e, years, from, yearsKey);
    }

    private static void excellentYears(Question q, Evaluation e, Integer years, int from, ParameterKey source) {
        Boolean allExcellent = years == null ? null : Boolean.TRUE;
        if (years != null) {
            for (int y = from; y <= q.year(); y++) {
                Rating r = q.subject().ratingIn(y);
                if (r == null) {
                    allExcellent = allExcellent == Boolean.FALSE ? Boolean.FALSE : null;
                } else if (r != Rating.HTXSNV) {
                    allExcellent = false;
                }
            }
        }
        e.fact((years == null ? "?" : years) + " năm liên tục hoàn thành xuất sắc nhiệm vụ (" + from + "–" + q.year() + ")",
                allExcellent, source);
    }

    private static void initiatives(Question q, Evaluation e, int from, InitiativeLevel level, ParameterKey key,
            String scope) {
        Integer needed = e.count(key);
        int free = q.subject().freeInitiatives(from, q.year(), level, q.award());
        e.fact("Có " + (needed == null ? "?" : needed) + " sáng kiến được công nhận, áp dụng hiệu quả trong phạm vi "
                + scope + " (" + from + "–" + q.year() + "), chưa dùng để khen thưởng khác",
                needed == null ? null : free >= needed, key);
    }
}
