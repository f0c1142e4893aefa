package vn.thidua.rules.domain;

import static vn.thidua.rules.domain.ParameterKey.*;

import org.jspecify.annotations.Nullable;
import vn.thidua.rules.domain.History.AwardRecord;

/** Lao động tiên tiến, Chiến sĩ thi đua cơ sở, cấp tỉnh and toàn quốc. */
final class IndividualTitles {

    private IndividualTitles() {}

    static void laoDongTienTien(Question q, Evaluation e) {
        History h = q.subject();
        Rating rating = h.ratingIn(q.year());
        e.fact(
                () -> Phrase.of("Hoàn thành tốt nhiệm vụ trở lên năm {}", q.year()),
                rating == null ? null : rating.atLeast(Rating.HTTNV),
                CRITERIA_LDTT);
        Integer minMonths = e.count(LDTT_MIN_MONTHS);
        e.fact(
                () -> Phrase.of("Thời gian công tác trong năm từ {} trở lên", Words.count(minMonths, "tháng")),
                h.monthsWorked() == null || minMonths == null ? null : h.monthsWorked() >= minMonths,
                LDTT_MIN_MONTHS);
        e.judgement(
                "Chấp hành tốt chủ trương, chính sách, pháp luật; tích cực tham gia phong trào thi đua, học tập",
                CRITERIA_LDTT);
    }

    /**
     * LĐTT standard of the same year (held, or met in the same round), and under the 2022 Law either
     * excellent task completion or an initiative recognised by the unit (before 2024: the initiative).
     */
    static void chienSiThiDuaCoSo(Question q, Evaluation e) {
        History h = q.subject();
        e.fact(
                () -> Phrase.of("Đạt tiêu chuẩn danh hiệu Lao động tiên tiến năm {}", q.year()),
                laoDongTienTienIn(h, q.year(), e),
                CRITERIA_CSTD_CS);
        Integer needed = e.count(CSTDCS_MIN_INITIATIVES);
        Boolean initiative = needed == null
                ? null
                : h.freeInitiatives(q.year(), q.year(), InitiativeLevel.CO_SO, Award.CSTD_CS) >= needed;
        if (e.law2022()) {
            Rating rating = h.ratingIn(q.year());
            Boolean excellent = rating == null ? null : rating == Rating.HTXSNV;
            Boolean met = Boolean.TRUE.equals(excellent) || Boolean.TRUE.equals(initiative)
                    ? Boolean.TRUE
                    : excellent == null || initiative == null ? null : Boolean.FALSE;
            e.fact(
                    () -> Phrase.of(
                            "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến (đề tài khoa học) được cơ sở công nhận năm {}",
                            q.year()),
                    met,
                    CSTDCS_MIN_INITIATIVES);
        } else {
            e.fact(
                    () -> Phrase.of(
                            "Có sáng kiến (hoặc đề tài nghiên cứu đã nghiệm thu) được công nhận năm {}, chưa dùng để xét"
                                    + " danh hiệu, hình thức khác",
                            q.year()),
                    initiative,
                    CSTDCS_MIN_INITIATIVES);
        }
    }

    /** Three consecutive CSTĐCS ending this year or last year, and an initiative of provincial effect. */
    static void chienSiThiDuaTinh(Question q, Evaluation e) {
        History h = q.subject();
        Integer run = e.count(CSTD_TINH_CONSECUTIVE_CSTDCS);
        Integer lastYear = run == null ? null : endOfRun(h, Award.CSTD_CS, q.year(), run);
        e.fact(
                () -> Phrase.of("{} liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở", Words.count(run, "lần")),
                run == null ? null : lastYear != null,
                CSTD_TINH_CONSECUTIVE_CSTDCS);
        int from = lastYear == null ? q.year() - (run == null ? 3 : run) + 1 : lastYear - run + 1;
        int to = lastYear == null ? q.year() : lastYear;
        Integer needed = e.count(CSTD_TINH_MIN_INITIATIVES);
        e.fact(
                () -> Phrase.of(
                        "Có sáng kiến hoặc đề tài được công nhận hiệu quả, khả năng nhân rộng trong phạm vi bộ, ngành, tỉnh"
                                + " ({})",
                        Words.years(from, to)),
                needed == null ? null : h.freeInitiatives(from, to, InitiativeLevel.TINH, Award.CSTD_TINH) >= needed,
                CSTD_TINH_MIN_INITIATIVES);
        previousTitleWindow(q, e, Award.CSTD_TINH, from);
        e.judgement(
                "Tiêu biểu xuất sắc trong số những cá nhân 3 lần liên tục đạt Chiến sĩ thi đua cơ sở",
                CRITERIA_CSTD_TINH);
    }

    /** Two consecutive CSTĐ cấp tỉnh (their periods following each other) and an initiative of national effect. */
    static void chienSiThiDuaToanQuoc(Question q, Evaluation e) {
        History h = q.subject();
        Integer run = e.count(CSTD_TQ_CONSECUTIVE_CSTD_TINH);
        Integer period = e.count(CSTD_TINH_PERIOD_YEARS);
        AwardRecord last = h.lastRegular(Award.CSTD_TINH, q.year());
        boolean consecutive = false;
        int from = q.year();
        if (run != null && period != null && last != null && last.periodTo() >= q.year() - 1) {
            int count = 1;
            AwardRecord current = last;
            from = periodFrom(current, period);
            while (count < run) {
                AwardRecord previous = grantEndingIn(h, Award.CSTD_TINH, from - 1);
                if (previous == null) {
                    break;
                }
                count++;
                current = previous;
                from = periodFrom(current, period);
            }
            consecutive = count >= run;
        }
        e.fact(
                () -> Phrase.of(
                        "{} liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", Words.count(run, "lần")),
                run == null || period == null ? null : consecutive,
                CSTD_TQ_CONSECUTIVE_CSTD_TINH);
        previousTitleWindow(q, e, Award.CSTD_TQ, from);
        Integer needed = e.count(CSTD_TQ_MIN_INITIATIVES);
        e.fact(
                "Có sáng kiến hoặc đề tài được áp dụng hiệu quả, có phạm vi ảnh hưởng toàn quốc",
                needed == null
                        ? null
                        : h.freeInitiatives(from, q.year(), InitiativeLevel.TOAN_QUOC, Award.CSTD_TQ) >= needed,
                CSTD_TQ_MIN_INITIATIVES);
        e.judgement(
                "Tiêu biểu xuất sắc trong số những cá nhân 2 lần liên tục đạt Chiến sĩ thi đua cấp tỉnh",
                CRITERIA_CSTD_TQ);
    }

    /** Held LĐTT that year, or meets its facts in the same round (both are decided together at year end). */
    static @Nullable Boolean laoDongTienTienIn(History h, int year, Evaluation e) {
        if (h.regularAward(Award.LDTT, year) != null) {
            return true;
        }
        Rating rating = h.ratingIn(year);
        Integer minMonths = e.count(LDTT_MIN_MONTHS);
        if (rating == null || h.monthsWorked() == null || minMonths == null) {
            return rating != null && !rating.atLeast(Rating.HTTNV) ? false : null;
        }
        // a discipline that year is judged once, by the general discipline condition
        return rating.atLeast(Rating.HTTNV) && h.monthsWorked() >= minMonths;
    }

    /** The last year of a run of {@code run} consecutive yearly titles ending this year or last year, or null. */
    static @Nullable Integer endOfRun(History h, Award title, int year, int run) {
        for (int end = year; end >= year - 1; end--) {
            boolean all = true;
            for (int y = end - run + 1; y <= end; y++) {
                if (h.regularAward(title, y) == null) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return end;
            }
        }
        return null;
    }

    /** The same title again only for achievements after the period of the previous grant. */
    static void previousTitleWindow(Question q, Evaluation e, Award title, int firstYearConsidered) {
        AwardRecord previous = q.subject().lastRegular(title, q.year());
        if (previous != null) {
            e.fact(
                    () -> Phrase.of(
                            "Thành tích xét sau thời gian đạt thành tích của lần tặng trước ({})",
                            Words.years(previous.periodFrom(), previous.periodTo())),
                    previous.periodTo() < firstYearConsidered,
                    e.windowSource(criteriaOf(title)));
        }
    }

    private static int periodFrom(AwardRecord r, int defaultLength) {
        return r.periodFrom() < r.periodTo() ? r.periodFrom() : r.periodTo() - defaultLength + 1;
    }

    private static @Nullable AwardRecord grantEndingIn(History h, Award award, int year) {
        for (AwardRecord r : h.records()) {
            if (r.award() == award && r.regular() && r.periodTo() == year) {
                return r;
            }
        }
        return null;
    }
}
