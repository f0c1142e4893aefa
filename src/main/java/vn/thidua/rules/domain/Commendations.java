package vn.thidua.rules.domain;

import static vn.thidua.rules.domain.ParameterKey.*;

import vn.thidua.rules.domain.History.AwardRecord;

/** Giấy khen, Bằng khen cấp tỉnh, Bằng khen của Thủ tướng, Huân chương Lao động: the regular route. */
final class Commendations {

    private Commendations() {
    }

    static void giayKhen(Question q, Evaluation e) {
        Rating rating = q.subject().ratingIn(q.year());
        e.fact(() -> "Hoàn thành tốt nhiệm vụ trở lên năm " + q.year(), rating == null ? null : rating.atLeast(Rating.HTTNV),
                CRITERIA_GIAY_KHEN);
        e.judgement("Có thành tích được bình xét trong phong trào thi đua, đoàn kết, thực hiện tốt quy chế dân chủ",
                CRITERIA_GIAY_KHEN);
    }

    /**
     * A person: two consecutive CSTĐCS, or two consecutive excellent years with two unit-level
     * initiatives in that time (Law 2022 điểm d khoản 1 Điều 74). A collective: two consecutive
     * excellent years. Either way, only achievements after the period of the previous Bằng khen.
     */
    static void bangKhenTinh(Question q, Evaluation e) {
        History h = q.subject();
        boolean person = h.kind() == SubjectKind.INDIVIDUAL;
        ParameterKey yearsKey = person ? BK_TINH_HTXS_YEARS : BK_TINH_COLLECTIVE_HTXS_YEARS;
        Integer years = e.count(yearsKey);
        int from = years == null ? q.year() : q.year() - years + 1;
        AwardRecord previous = h.lastRegular(Award.BK_TINH, q.year());
        if (!person) {
            sameAwardWindow(q, e, Award.BK_TINH, from);
            e.fact(() -> years + " năm liên tục hoàn thành xuất sắc nhiệm vụ (" + from + "–" + q.year() + ")",
                    ratingsFrom(h, from, q.year(), Rating.HTXSNV, years), yearsKey);
            e.judgement("Nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở", CRITERIA_BK_TINH);
            return;
        }
        Integer cstdcsRun = e.count(BK_TINH_CONSECUTIVE_CSTDCS);
        Integer runEnd = cstdcsRun == null ? null : IndividualTitles.endOfRun(h, Award.CSTD_CS, q.year(), cstdcsRun);
        // each route counts only achievements after the period of the previous Bằng khen
        Boolean twoCstdcs = cstdcsRun == null ? null
                : runEnd != null && (previous == null || previous.periodTo() < runEnd - cstdcsRun + 1);
        Integer needed = e.count(BK_TINH_MIN_INITIATIVES);
        Boolean initiatives = needed == null ? null
                : h.freeInitiatives(from, q.year(), InitiativeLevel.CO_SO, Award.BK_TINH) >= needed;
        Boolean excellentRoute = and(and(ratingsFrom(h, from, q.year(), Rating.HTXSNV, years), initiatives),
                previous == null || previous.periodTo() < from);
        e.fact(() -> cstdcsRun + " lần liên tục đạt Chiến sĩ thi đua cơ sở, hoặc " + years
                        + " năm liên tục hoàn thành xuất sắc nhiệm vụ (" + from + "–" + q.year() + ") và có " + needed
                        + " sáng kiến được công nhận, áp dụng hiệu quả trong phạm vi cơ sở chưa dùng để khen thưởng khác",
                or(twoCstdcs, excellentRoute), BK_TINH_HTXS_YEARS);
        if (previous != null) {
            // whether any achievement of either route lies after the previous grant's period
            boolean afterPrevious = previous.periodTo() < from
                    || (runEnd != null && previous.periodTo() < runEnd - cstdcsRun + 1);
            e.fact(() -> "Thành tích xét sau thời gian đạt thành tích ghi trong quyết định tặng Bằng khen lần trước ("
                    + previous.periodFrom() + "–" + previous.periodTo() + ")", afterPrevious, NEXT_AWARD_WINDOW);
        }
    }

    /**
     * Had a regular Bằng khen cấp tỉnh; then, counted after the achievement period of its decision,
     * five consecutive years of good task completion or better with three CSTĐCS (a person), or five
     * consecutive excellent years (a collective).
     */
    static void bangKhenThuTuong(Question q, Evaluation e) {
        boolean person = q.subject().kind() == SubjectKind.INDIVIDUAL;
        if (person) {
            ladder(q, e, Award.BK_TINH, criteriaOf(Award.BK_TTG), BK_TTG_YEARS, e.law2022() ? Rating.HTTNV : Rating.HTXSNV,
                    BK_TTG_MIN_CSTDCS, null, null);
        } else {
            ladder(q, e, Award.BK_TINH, criteriaOf(Award.BK_TTG), BK_TTG_COLLECTIVE_HTXS_YEARS, Rating.HTXSNV, null, null,
                    null);
        }
    }

    /**
     * Hạng Ba after the Prime Minister's Bằng khen (Law 2022 điểm e khoản 1 Điều 44: five consecutive
     * years of good task completion or better, one of them excellent, with three CSTĐCS); hạng Nhì
     * after hạng Ba and hạng Nhất after hạng Nhì on the same pattern.
     */
    static void huanChuongLaoDong(Question q, Evaluation e) {
        Award prerequisite = switch (q.award()) {
            case HCLD_3 -> Award.BK_TTG;
            case HCLD_2 -> Award.HCLD_3;
            case HCLD_1 -> Award.HCLD_2;
            default -> throw new IllegalArgumentException(q.award().name());
        };
        boolean hangBa = q.award() == Award.HCLD_3;
        ParameterKey prerequisiteSource = hangBa ? criteriaOf(q.award()) : HCLD_LADDER;
        // Only hạng Ba's criteria were found; the higher classes reuse its numbers but cite their own,
        // unverified, article so that their answers stay "cần kiểm tra".
        ParameterKey cited = hangBa ? null : criteriaOf(q.award());
        if (q.subject().kind() == SubjectKind.INDIVIDUAL) {
            ladder(q, e, prerequisite, prerequisiteSource, HCLD_YEARS, Rating.HTTNV, HCLD_MIN_CSTDCS,
                    HCLD_MIN_EXCELLENT_YEARS, cited);
        } else {
            ladder(q, e, prerequisite, prerequisiteSource, HCLD_COLLECTIVE_HTXS_YEARS, Rating.HTXSNV, null, null, cited);
        }
    }

    /**
     * The step before, given for regular achievements (thematic and one-off awards are no basis);
     * then the run of years counted from the end of the achievement period in that decision.
     */
    private static void ladder(Question q, Evaluation e, Award prerequisite, ParameterKey prerequisiteSource,
            ParameterKey yearsKey, Rating atLeast, ParameterKey cstdcsKey, ParameterKey excellentKey, ParameterKey cited) {
        History h = q.subject();
        Integer years = e.count(yearsKey);
        int from = years == null ? q.year() : q.year() - years + 1;
        // any earlier grant of the step before may open the way, if the run of years follows its period
        AwardRecord qualifying = h.lastRegularEndingBefore(prerequisite, from);
        AwardRecord before = qualifying != null ? qualifying : h.lastRegular(prerequisite, q.year());
        if (before == null && h.hasIrregular(prerequisite, q.year())) {
            e.fact(() -> "Đã được tặng " + prerequisite.label() + " (khen thưởng theo đợt, chuyên đề, đột xuất không là căn cứ)",
                    false, THEMATIC_NOT_BASIS);
        } else {
            e.fact(() -> "Đã được tặng " + prerequisite.label(), before != null, prerequisiteSource);
        }
        if (before != null) {
            e.fact(() -> years + " năm liên tục tính sau thời gian đạt thành tích ghi trong quyết định tặng "
                    + prerequisite.label() + " (" + before.periodFrom() + "–" + before.periodTo() + ")",
                    before.periodTo() < from, NEXT_AWARD_WINDOW);
        }
        sameAwardWindow(q, e, q.award(), from);
        String level = atLeast == Rating.HTXSNV ? "hoàn thành xuất sắc nhiệm vụ" : "hoàn thành tốt nhiệm vụ trở lên";
        e.fact(() -> years + " năm liên tục " + level + " (" + from + "–" + q.year() + ")",
                ratingsFrom(h, from, q.year(), atLeast, years), cited == null ? yearsKey : cited);
        if (excellentKey != null) {
            Integer needed = e.count(excellentKey);
            int excellent = 0;
            for (int y = from; y <= q.year(); y++) {
                excellent += h.ratingIn(y) == Rating.HTXSNV ? 1 : 0;
            }
            e.fact(() -> "Trong thời gian đó có " + needed + " năm hoàn thành xuất sắc nhiệm vụ",
                    needed == null ? null : excellent >= needed, cited == null ? excellentKey : cited);
        }
        if (cstdcsKey != null) {
            Integer needed = e.count(cstdcsKey);
            int count = 0;
            for (int y = from; y <= q.year(); y++) {
                count += h.regularAward(Award.CSTD_CS, y) != null ? 1 : 0;
            }
            e.fact(() -> "Trong thời gian đó có " + needed + " lần đạt danh hiệu Chiến sĩ thi đua cơ sở",
                    needed == null ? null : count >= needed, cited == null ? cstdcsKey : cited);
        }
    }

    /** One achievement is rewarded once: the years considered must follow the previous grant's period. */
    private static void sameAwardWindow(Question q, Evaluation e, Award award, int from) {
        AwardRecord previous = q.subject().lastRegular(award, q.year());
        if (previous != null) {
            e.fact(() -> "Thành tích xét sau thời gian đạt thành tích ghi trong quyết định tặng " + award.label()
                    + " lần trước (" + previous.periodFrom() + "–" + previous.periodTo() + ")",
                    previous.periodTo() < from, NEXT_AWARD_WINDOW);
        }
    }

    /** True when every year of [from, to] is rated at least so; null when a year is unknown and none fails. */
    static Boolean ratingsFrom(History h, int from, int to, Rating atLeast, Integer years) {
        if (years == null) {
            return null;
        }
        Boolean all = Boolean.TRUE;
        for (int y = from; y <= to; y++) {
            Rating r = h.ratingIn(y);
            if (r != null && !r.atLeast(atLeast)) {
                return false;
            }
            if (r == null) {
                all = null;
            }
        }
        return all;
    }

    static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }
}
