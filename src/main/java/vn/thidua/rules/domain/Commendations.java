package vn.thidua.rules.domain;

import static vn.thidua.rules.domain.ParameterKey.*;

import org.jspecify.annotations.Nullable;
import vn.thidua.rules.domain.History.AwardRecord;

/** Giấy khen, Bằng khen cấp tỉnh, Bằng khen của Thủ tướng, Huân chương Lao động: the regular route. */
final class Commendations {

    private Commendations() {}

    /**
     * Law 2022 khoản 2 Điều 75 leaves Giấy khen's criteria to each ministry, branch and province: the
     * years of good work its own regulation asks, when the board has entered it; otherwise a person checks.
     */
    static void giayKhen(Question q, Evaluation e) {
        History h = q.subject();
        Integer years = e.count(GIAY_KHEN_GOOD_YEARS);
        if (years == null) {
            e.fact(
                    "Đạt tiêu chuẩn Giấy khen theo quy định của bộ, ban, ngành, tỉnh (chưa nhập vào hệ thống)",
                    null,
                    CRITERIA_GIAY_KHEN);
        } else {
            int from = q.year() - years + 1;
            e.fact(
                    () -> Phrase.of(
                            "{} năm liên tục hoàn thành tốt nhiệm vụ trở lên ({})", years, Words.years(from, q.year())),
                    h.runEndingIn(q.year(), from, Rating.HTTNV).atLeast(years),
                    GIAY_KHEN_GOOD_YEARS);
        }
        e.judgement(
                "Có thành tích được bình xét trong phong trào thi đua, đoàn kết, thực hiện tốt quy chế dân chủ",
                CRITERIA_GIAY_KHEN);
    }

    /**
     * A person: two consecutive excellent years with two initiatives applied at the base level in that
     * time, other than those its titles were won with (Law 2022 điểm d khoản 1 Điều 74: an initiative
     * counts once). A collective: two consecutive excellent years. Either way, only achievements after
     * the period of the previous Bằng khen.
     */
    static void bangKhenTinh(Question q, Evaluation e) {
        History h = q.subject();
        boolean person = h.kind() == SubjectKind.INDIVIDUAL;
        ParameterKey yearsKey = person ? BK_TINH_HTXS_YEARS : BK_TINH_COLLECTIVE_HTXS_YEARS;
        Integer years = e.count(yearsKey);
        int from = years == null ? q.year() : q.year() - years + 1;
        sameAwardWindow(q, e, Award.BK_TINH, from, yearsKey);
        e.fact(
                () -> Phrase.of(
                        "{} liên tục hoàn thành xuất sắc nhiệm vụ ({})",
                        Words.count(years, "năm"),
                        Words.years(from, q.year())),
                years == null
                        ? null
                        : h.runEndingIn(q.year(), from, Rating.HTXSNV).atLeast(years),
                yearsKey);
        if (!person) {
            e.judgement("Nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở", CRITERIA_BK_TINH);
            return;
        }
        e.atLeast(
                BK_TINH_MIN_INITIATIVES,
                "Trong thời gian đó có {} được công nhận, áp dụng hiệu quả trong phạm vi cơ sở, không kể sáng kiến"
                        + " đã dùng để xét danh hiệu, hình thức khen thưởng khác (có {})",
                "sáng kiến",
                h.initiativesLeft(from, q.year(), InitiativeLevel.CO_SO, y -> wonWithInitiative(h, e, y)),
                BK_TINH_MIN_INITIATIVES);
        e.judgement(
                "Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước", CRITERIA_BK_TINH);
    }

    /**
     * Whether the person's Chiến sĩ thi đua cơ sở of that year took an initiative: always before 2024 (the
     * 2003 Law asked one); under the 2022 Law only when the year was not rated excellent, since excellent
     * work alone then earns the title.
     */
    static boolean wonWithInitiative(History h, Evaluation e, int year) {
        if (!e.decidedUnderLaw2022(year)) {
            return true;
        }
        Rating rating = h.ratingIn(year);
        return rating != null && rating != Rating.HTXSNV;
    }

    /**
     * Had a regular Bằng khen cấp tỉnh; then, after the achievement period of its decision and up to the
     * proposal, an unbroken run of five years or more ("liên tục từ 05 năm trở lên … đến thời điểm đề nghị",
     * Law 2022 điểm b khoản 1 Điều 73) of good task completion or better with three CSTĐCS in it. Before
     * 2024 (NĐ 91/2017 điểm c khoản 1 Điều 38): five excellent years with five base-level initiatives, no
     * CSTĐCS count. A collective: five excellent years.
     */
    static void bangKhenThuTuong(Question q, Evaluation e) {
        History h = q.subject();
        if (h.kind() != SubjectKind.INDIVIDUAL) {
            ladder(
                    q,
                    e,
                    Award.BK_TINH,
                    BK_TTG_COLLECTIVE_HTXS_YEARS,
                    BK_TTG_COLLECTIVE_HTXS_YEARS,
                    Rating.HTXSNV,
                    null);
        } else if (e.law2022()) {
            History.Run run = ladder(q, e, Award.BK_TINH, BK_TTG_YEARS, BK_TTG_YEARS, Rating.HTTNV, null);
            cstdcsIn(e, h, run, BK_TTG_MIN_CSTDCS, BK_TTG_MIN_CSTDCS);
        } else {
            History.Run run = ladder(q, e, Award.BK_TINH, BK_TTG_YEARS, BK_TTG_YEARS, Rating.HTXSNV, null);
            // the initiatives of the CSTĐCS of those years count here (the old scheme asked the one with the other);
            // only one marked as used for another award does not
            e.atLeast(
                    BK_TTG_MIN_INITIATIVES,
                    "Trong thời gian đó có {} được công nhận và áp dụng hiệu quả trong phạm vi cơ sở (có {})",
                    "sáng kiến",
                    h.freeInitiatives(run.from(), run.to(), InitiativeLevel.CO_SO, Award.BK_TTG),
                    BK_TTG_MIN_INITIATIVES);
        }
    }

    /**
     * Hạng Ba after the Prime Minister's Bằng khen (Law 2022 điểm e khoản 1 Điều 44: an unbroken run of
     * five years or more of good task completion or better up to the proposal, one of them excellent, with
     * three CSTĐCS); hạng Nhì after hạng Ba and hạng Nhất after hạng Nhì on the same pattern, citing their
     * own (unverified) articles so that their answers stay "cần kiểm tra".
     */
    static void huanChuongLaoDong(Question q, Evaluation e) {
        Award prerequisite = switch (q.award()) {
            case HCLD_3 -> Award.BK_TTG;
            case HCLD_2 -> Award.HCLD_3;
            case HCLD_1 -> Award.HCLD_2;
            default -> throw new IllegalArgumentException(q.award().name());
        };
        // without hạng Ba's rows for the day (before 2024), it cites its own criteria, like the other classes
        boolean hangBa = q.award() == Award.HCLD_3 && e.parameter(HCLD_YEARS) != null;
        History h = q.subject();
        if (h.kind() != SubjectKind.INDIVIDUAL) {
            ParameterKey source = hangBa ? HCLD_COLLECTIVE_HTXS_YEARS : criteriaOf(q.award());
            ladder(q, e, prerequisite, HCLD_COLLECTIVE_HTXS_YEARS, source, Rating.HTXSNV, hangBa ? null : source);
            return;
        }
        ParameterKey criteria = criteriaOf(q.award());
        History.Run run = ladder(
                q, e, prerequisite, HCLD_YEARS, hangBa ? HCLD_YEARS : criteria, Rating.HTTNV, hangBa ? null : criteria);
        int excellent = 0;
        for (int y = run.from(); y <= run.to(); y++) {
            excellent += h.ratingIn(y) == Rating.HTXSNV ? 1 : 0;
        }
        e.atLeast(
                HCLD_MIN_EXCELLENT_YEARS,
                "Trong thời gian đó có {} hoàn thành xuất sắc nhiệm vụ (có {})",
                "năm",
                excellent,
                hangBa ? HCLD_MIN_EXCELLENT_YEARS : criteria);
        cstdcsIn(e, h, run, HCLD_MIN_CSTDCS, hangBa ? HCLD_MIN_CSTDCS : criteria);
    }

    private static void cstdcsIn(Evaluation e, History h, History.Run run, ParameterKey key, ParameterKey source) {
        e.atLeast(
                key,
                "Trong thời gian đó có {} đạt danh hiệu Chiến sĩ thi đua cơ sở (có {})",
                "lần",
                h.count(Award.CSTD_CS, run.from(), run.to()),
                source);
    }

    /**
     * The step before, given for regular achievements (thematic and one-off awards are no basis); then
     * the unbroken run of years after the achievement period in that decision (and after the previous
     * grant of the same award) up to the proposal, which must last at least the years the rule asks.
     */
    private static History.Run ladder(
            Question q,
            Evaluation e,
            Award prerequisite,
            ParameterKey yearsKey,
            ParameterKey prerequisiteSource,
            Rating atLeast,
            @Nullable ParameterKey cited) {
        History h = q.subject();
        Integer years = e.count(yearsKey);
        int latestStart = years == null ? q.year() : q.year() - years + 1;
        // any earlier grant of the step before may open the way, if the run of years follows its period
        AwardRecord qualifying = h.lastRegularEndingBefore(prerequisite, latestStart);
        AwardRecord before = qualifying != null ? qualifying : h.lastRegular(prerequisite, q.year());
        if (before == null && h.hasIrregular(prerequisite, q.year())) {
            e.fact(
                    () -> Phrase.of(
                            "Đã được tặng {} (khen thưởng theo đợt, chuyên đề, đột xuất không là căn cứ)",
                            prerequisite.label()),
                    false,
                    THEMATIC_NOT_BASIS);
        } else if (prerequisite == Award.HCLD_3 || prerequisite == Award.HCLD_2) {
            // the classes of an order are given in turn: hạng Nhì after hạng Ba, whatever the articles' verification
            e.definitional(
                    () -> Phrase.of(
                            "Đã được tặng {}{}",
                            prerequisite.label(),
                            before == null ? Phrase.words("") : Phrase.of(" (năm {})", before.year())),
                    before != null,
                    prerequisiteSource);
        } else {
            e.fact(
                    () -> Phrase.of(
                            "Đã được tặng {}{}",
                            prerequisite.label(),
                            before == null ? Phrase.words("") : Phrase.of(" (năm {})", before.year())),
                    before != null,
                    prerequisiteSource);
        }
        if (before != null) {
            ParameterKey window = e.windowSource(cited == null ? yearsKey : cited);
            e.fact(
                    () -> Phrase.of(
                            "Thời gian xét tính từ sau thời gian đạt thành tích ghi trong quyết định tặng {} ({})",
                            prerequisite.label(),
                            Words.years(before.periodFrom(), before.periodTo())),
                    before.periodTo() < latestStart,
                    window);
        }
        sameAwardWindow(q, e, q.award(), latestStart, cited == null ? yearsKey : cited);
        int notBefore = before == null ? q.year() - 100 : before.periodTo() + 1;
        AwardRecord previousSame = h.lastRegular(q.award(), q.year());
        if (previousSame != null) {
            notBefore = Math.max(notBefore, previousSame.periodTo() + 1);
        }
        History.Run run = h.runEndingIn(q.year(), notBefore, atLeast);
        String level = atLeast == Rating.HTXSNV ? "hoàn thành xuất sắc nhiệm vụ" : "hoàn thành tốt nhiệm vụ trở lên";
        e.fact(
                () -> Phrase.of(
                        "Liên tục từ {} trở lên {} đến năm đề nghị ({}{})",
                        Words.count(years, "năm"),
                        level,
                        Words.years(run.from(), run.to()),
                        run.length() > 1 ? Phrase.of(", {} năm", run.length()) : Phrase.words("")),
                years == null ? null : run.atLeast(years),
                cited == null ? yearsKey : cited);
        return run;
    }

    /** One achievement is rewarded once: the years considered must follow the previous grant's period. */
    private static void sameAwardWindow(Question q, Evaluation e, Award award, int from, ParameterKey before2024) {
        AwardRecord previous = q.subject().lastRegular(award, q.year());
        ParameterKey source = e.windowSource(before2024);
        if (previous != null) {
            e.fact(
                    () -> Phrase.of(
                            "Thành tích xét sau thời gian đạt thành tích ghi trong quyết định tặng {} lần trước ({})",
                            award.label(),
                            Words.years(previous.periodFrom(), previous.periodTo())),
                    previous.periodTo() < from,
                    source);
        }
    }
}
