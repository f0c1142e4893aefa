package vn.thidua.rules.domain;

import static vn.thidua.rules.domain.ParameterKey.*;

import vn.thidua.rules.domain.History.Members;

/** Tập thể lao động tiên tiến, Tập thể lao động xuất sắc, Cờ thi đua cấp tỉnh and of the Government. */
final class CollectiveTitles {

    private CollectiveTitles() {}

    /**
     * Good task completion, the members' Lao động tiên tiến share and no member disciplined from cảnh cáo
     * up. Law 2022 (điểm c khoản 1 Điều 28, as the circulars of ministries read it): "từ 70%", at least the
     * share; the 2003 Law: "trên 50%", more than the share.
     */
    static void tapTheLaoDongTienTien(Question q, Evaluation e) {
        History h = q.subject();
        Rating rating = h.ratingIn(q.year());
        e.fact(
                () -> Phrase.of("Hoàn thành tốt nhiệm vụ và kế hoạch được giao năm {}", q.year()),
                rating == null ? null : rating.atLeast(Rating.HTTNV),
                CRITERIA_TTLDTT);
        Double share = e.share(TTLDTT_MIN_LDTT_SHARE);
        Members m = h.members();
        boolean atLeast = e.law2022();
        e.fact(
                () -> Phrase.of(
                        "{} {} cá nhân trong tập thể đạt danh hiệu Lao động tiên tiến{}",
                        atLeast ? "Có từ" : "Có trên",
                        Words.percent(share),
                        m == null || m.total() == null || m.ldtt() == null
                                ? Phrase.words("")
                                : Phrase.of(" ({}/{})", m.ldtt(), m.total())),
                share == null || m == null || m.total() == null || m.ldtt() == null || m.total() == 0
                        ? null
                        : atLeast ? m.ldtt() >= share * m.total() - 1e-9 : m.ldtt() > share * m.total() + 1e-9,
                TTLDTT_MIN_LDTT_SHARE);
        noMemberWarnedOrWorse(q, e, TTLDTT_MIN_LDTT_SHARE);
    }

    static void tapTheLaoDongXuatSac(Question q, Evaluation e) {
        History h = q.subject();
        Rating rating = h.ratingIn(q.year());
        e.fact(
                () -> Phrase.of("Hoàn thành xuất sắc nhiệm vụ năm {}", q.year()),
                rating == null ? null : rating == Rating.HTXSNV,
                CRITERIA_TTLDXS);
        Members m = h.members();
        boolean counted = m != null && m.total() != null && m.total() > 0;
        Double completed = e.share(TTLDXS_MIN_COMPLETED_SHARE);
        e.fact(
                () -> Phrase.of("{} cá nhân hoàn thành nhiệm vụ", Words.percent(completed)),
                completed == null || !counted || m.completedTasks() == null
                        ? null
                        : m.completedTasks() >= completed * m.total(),
                TTLDXS_MIN_COMPLETED_SHARE);
        Double ldtt = e.share(TTLDXS_MIN_LDTT_SHARE);
        e.fact(
                () -> Phrase.of("Từ {} cá nhân trở lên đạt danh hiệu Lao động tiên tiến", Words.percent(ldtt)),
                ldtt == null || !counted || m.ldtt() == null ? null : m.ldtt() >= ldtt * m.total(),
                TTLDXS_MIN_LDTT_SHARE);
        Integer cstdcs = e.count(TTLDXS_MIN_CSTDCS);
        e.fact(
                "Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở",
                cstdcs == null || m == null || m.cstdcs() == null ? null : m.cstdcs() >= cstdcs,
                TTLDXS_MIN_CSTDCS);
        if (!e.law2022()) {
            noMemberWarnedOrWorse(q, e, CRITERIA_TTLDXS);
        }
    }

    static void coThiDuaTinh(Question q, Evaluation e) {
        Rating rating = q.subject().ratingIn(q.year());
        e.fact(
                () -> Phrase.of("Hoàn thành xuất sắc nhiệm vụ, vượt mức các chỉ tiêu thi đua năm {}", q.year()),
                rating == null ? null : rating == Rating.HTXSNV,
                CRITERIA_CO_TINH);
        noMemberWarnedOrWorse(q, e, CRITERIA_CO_TINH);
        e.judgement("Dẫn đầu cụm, khối thi đua (qua bình xét, suy tôn trong cụm, khối)", CRITERIA_CO_TINH);
    }

    /**
     * Law 2022 khoản 1 Điều 25: exceeds its emulation targets and tasks of the year and leads the
     * emulation of its ministry or province (its bloc); the article asks nothing of members' discipline.
     * Before 2024: chosen among the collectives that meet the provincial flag standard that year.
     */
    static void coThiDuaChinhPhu(Question q, Evaluation e) {
        History h = q.subject();
        if (e.law2022()) {
            // the provincial flag of the year is given for exceeding the targets too (Điều 26)
            e.fact(
                    () -> Phrase.of("Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao năm {}", q.year()),
                    h.ratedAtLeast(q.year(), Rating.HTXSNV),
                    CRITERIA_CO_CP);
            e.judgement(
                    "Tiêu biểu xuất sắc, dẫn đầu phong trào thi đua của bộ, ban, ngành, tỉnh (cụm, khối thi đua)",
                    CRITERIA_CO_CP);
            e.judgement(
                    "Nội bộ đoàn kết, tích cực thực hành tiết kiệm, chống lãng phí, chống tham nhũng", CRITERIA_CO_CP);
            return;
        }
        Boolean provincialStandard;
        if (h.regularAward(Award.CO_TINH, q.year()) != null) {
            provincialStandard = true;
        } else {
            Rating rating = h.ratingIn(q.year());
            provincialStandard = rating == null || rating == Rating.HTXSNV ? null : false;
        }
        e.fact(
                () -> Phrase.of("Đạt tiêu chuẩn Cờ thi đua cấp bộ, ban, ngành, tỉnh năm {}", q.year()),
                provincialStandard,
                CRITERIA_CO_CP);
        noMemberWarnedOrWorse(q, e, CRITERIA_CO_CP);
        e.judgement("Tiêu biểu xuất sắc nhất trong số các tập thể đạt tiêu chuẩn Cờ thi đua cấp tỉnh", CRITERIA_CO_CP);
    }

    private static void noMemberWarnedOrWorse(Question q, Evaluation e, ParameterKey source) {
        DisciplineLevel worst = q.subject().worstDisciplineIn(q.year());
        e.fact(
                () -> Phrase.of("Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên năm {}", q.year()),
                worst == null || !worst.atLeast(DisciplineLevel.CANH_CAO),
                source);
    }
}
