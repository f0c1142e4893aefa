package vn.thidua.rules.domain;

import static vn.thidua.rules.domain.ParameterKey.*;

/**
 * Who may be proposed for what. Each condition names the parameter that holds its number and its
 * legal basis; the conditions follow Law 06/2022/QH15 (Điều 21–28 for titles, Điều 44, 73, 74, 75
 * for forms of commendation) and its decrees, and for earlier years the same structure under the
 * 2003 Law as amended in 2013 with the values and bases that the parameter table dates for them.
 */
public final class EligibilityEngine {

    public Answer check(Question q, Parameters parameters) {
        return evaluate(q, new Evaluation(parameters, q.consideredOn(), true));
    }

    /** The verdict alone, without writing any reason: for screenings, which keep few answers. */
    public Verdict verdict(Question q, Parameters parameters) {
        return evaluate(q, new Evaluation(parameters, q.consideredOn(), false)).verdict();
    }

    private Answer evaluate(Question q, Evaluation e) {
        History h = q.subject();
        SubjectKind onlyFor = q.award().onlyFor();
        e.definitional(
                () -> Phrase.words(
                        onlyFor == SubjectKind.COLLECTIVE
                                ? "Danh hiệu, hình thức chỉ xét tặng cho tập thể"
                                : onlyFor == SubjectKind.INDIVIDUAL
                                        ? "Danh hiệu chỉ xét tặng cho cá nhân"
                                        : "Đối tượng là cá nhân hoặc tập thể"),
                q.award().isFor(h.kind()),
                criteriaOf(q.award()));
        if (!q.award().isFor(h.kind())) {
            return e.answer();
        }
        noDiscipline(q, e);
        if (q.type() != CommendationType.THUONG_XUYEN) {
            if (q.award() == Award.CO_TINH || q.award() == Award.CO_CP) {
                themedCampaignFlag(q, e);
            } else if (q.award().isTitle()) {
                e.definitional(
                        () -> Phrase.words("Danh hiệu thi đua xét tặng hằng năm (thường xuyên)"),
                        false,
                        criteriaOf(q.award()));
            } else {
                irregular(q, e);
            }
            return e.answer();
        }
        earlierTitlesCount(q, e);
        switch (q.award()) {
            case LDTT -> IndividualTitles.laoDongTienTien(q, e);
            case CSTD_CS -> IndividualTitles.chienSiThiDuaCoSo(q, e);
            case CSTD_TINH -> IndividualTitles.chienSiThiDuaTinh(q, e);
            case CSTD_TQ -> IndividualTitles.chienSiThiDuaToanQuoc(q, e);
            case TTLDTT -> CollectiveTitles.tapTheLaoDongTienTien(q, e);
            case TTLDXS -> CollectiveTitles.tapTheLaoDongXuatSac(q, e);
            case CO_TINH -> CollectiveTitles.coThiDuaTinh(q, e);
            case CO_CP -> CollectiveTitles.coThiDuaChinhPhu(q, e);
            case GIAY_KHEN -> Commendations.giayKhen(q, e);
            case BK_TINH -> Commendations.bangKhenTinh(q, e);
            case BK_TTG -> Commendations.bangKhenThuTuong(q, e);
            case HCLD_3, HCLD_2, HCLD_1 -> Commendations.huanChuongLaoDong(q, e);
        }
        return e.answer();
    }

    /** Thematic, one-off and long-service commendation have their own criteria, which people judge. */
    private static void irregular(Question q, Evaluation e) {
        switch (q.type()) {
            case DOT_XUAT -> e.judgement("Lập được thành tích đột xuất", criteriaOf(q.award()));
            case CHUYEN_DE ->
                e.judgement("Thành tích xuất sắc trong phong trào thi đua theo đợt, chuyên đề", criteriaOf(q.award()));
            case CONG_HIEN ->
                e.fact(
                        "Quá trình cống hiến: chức vụ và thời gian giữ chức vụ (không có trong dữ liệu)",
                        q.award().name().startsWith("HCLD") ? null : Boolean.FALSE,
                        criteriaOf(q.award()));
            default -> throw new IllegalStateException(q.type().name());
        }
    }

    /** A flag for a campaign (chuyên đề) goes to the collective leading it, reviewed after five years or more. */
    private static void themedCampaignFlag(Question q, Evaluation e) {
        if (q.type() != CommendationType.CHUYEN_DE) {
            e.definitional(
                    () -> Phrase.words("Cờ thi đua xét tặng hằng năm hoặc theo phong trào thi đua chuyên đề"),
                    false,
                    criteriaOf(q.award()));
            return;
        }
        e.fact(
                "Phong trào thi đua chuyên đề được sơ kết, tổng kết sau từ 05 năm trở lên (không có trong dữ liệu)",
                null,
                criteriaOf(q.award()));
        e.judgement("Tập thể dẫn đầu phong trào thi đua chuyên đề", criteriaOf(q.award()));
    }

    /**
     * Checked only when the person was disciplined that year: with no discipline on record, no
     * reading of the rule can exclude anyone, so it does not make the answer uncertain.
     */
    private static void noDiscipline(Question q, Evaluation e) {
        DisciplineLevel worst = q.subject().worstDisciplineIn(q.year());
        if (q.subject().kind() == SubjectKind.INDIVIDUAL && worst != null) {
            e.fact(
                    () -> Phrase.of("Không bị kỷ luật trong năm {} (bị kỷ luật {})", q.year(), worst.words()),
                    false,
                    DISCIPLINE_EXCLUDES);
        }
    }

    /** Law 2022 Điều 95: titles and awards granted before the Law took effect remain recognised. */
    private static void earlierTitlesCount(Question q, Evaluation e) {
        Parameter rule = e.parameter(EARLIER_TITLES_COUNT);
        if (rule == null || !e.law2022()) {
            return;
        }
        int lawYear = rule.validFrom().getYear();
        for (History.AwardRecord r : q.subject().records()) {
            if (r.year() < lawYear) {
                e.fact(
                        () -> Phrase.of(
                                "Danh hiệu, hình thức khen thưởng được tặng trước năm {} tiếp tục được công nhận",
                                lawYear),
                        true,
                        EARLIER_TITLES_COUNT);
                return;
            }
        }
    }
}
