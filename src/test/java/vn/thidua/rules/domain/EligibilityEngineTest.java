package vn.thidua.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.domain.Award.*;
import static vn.thidua.rules.domain.Rating.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine against the national catalogue as shipped (rules/legal-parameters.csv). */
class EligibilityEngineTest {

    static final ParameterTable TABLE = new ParameterTable(
            ParameterCsv.parameters(resource("rules/legal-parameters.csv")),
            ParameterCsv.instruments(resource("rules/legal-instruments.csv")));

    private final EligibilityEngine engine = new EligibilityEngine();

    static InputStream resource(String path) {
        return EligibilityEngineTest.class.getClassLoader().getResourceAsStream(path);
    }

    private Answer ask(int year, Award award, Histories subject) {
        return ask(year, award, CommendationType.THUONG_XUYEN, subject);
    }

    private Verdict verdict(int year, Award award, Histories subject) {
        return ask(year, award, subject).verdict();
    }

    private Verdict verdict(int year, Award award, CommendationType type, Histories subject) {
        return ask(year, award, type, subject).verdict();
    }

    /** In 2024 the award is {@code ready}'s and not {@code notReady}'s, for the reason {@code why}. */
    private void eligibleOnlyWhenReady(Award award, Histories ready, Histories notReady, String why) {
        assertThat(verdict(2024, award, ready)).isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(2024, award, notReady)).as(why).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    private Answer ask(int year, Award award, CommendationType type, Histories subject) {
        Question question = new Question(year, award, type, subject.build());
        return engine.check(question, TABLE.at(question.consideredOn(), null));
    }

    @Test
    void everyParameterKeyHasAValueInForceUnderThe2022LawButTheProvincesOwnAndTheRetiredOnes() {
        Parameters p = TABLE.at(LocalDate.of(2026, 1, 1), null);
        Set<ParameterKey> none = EnumSet.of(
                ParameterKey.CSTDCS_MAX_SHARE_OF_LDTT,
                ParameterKey.CO_CP_MAX_SHARE,
                ParameterKey.GIAY_KHEN_GOOD_YEARS,
                ParameterKey.BK_TINH_CONSECUTIVE_CSTDCS,
                ParameterKey.HCLD_LADDER,
                ParameterKey.BK_TTG_MIN_INITIATIVES);
        for (ParameterKey key : ParameterKey.values()) {
            assertThat(p.get(key)).as(key.name()).matches(value -> none.contains(key) == (value == null));
        }
    }

    @Test
    void theRegimeFollowsTheYear() {
        assertThat(TABLE.forYear(2023, null).regime().description())
                .isEqualTo("Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013); Nghị định 91/2017/NĐ-CP");
        assertThat(TABLE.forYear(2024, null).regime().description())
                .isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP");
        assertThat(TABLE.forYear(2025, null).regime().description())
                .isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP");
    }

    @Test
    void aGovernmentFlagIsForCollectivesOnly() {
        Answer answer = ask(2024, CO_CP, Histories.person().rated(HTXSNV, 2024));
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(answer.reasons().get(0).basis()).isEqualTo("Luật Thi đua, khen thưởng 2022, khoản 1 Điều 25");
    }

    @Test
    void laoDongTienTienNeedsGoodWorkAndSixMonthsFrom2024() {
        assertThat(verdict(2024, LDTT, Histories.person().rated(HTTNV, 2024).months(7)))
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(2024, LDTT, Histories.person().rated(HTTNV, 2024).months(5)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(2022, LDTT, Histories.person().rated(HTTNV, 2022).months(7)))
                .as("ten months before 2024")
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(2024, LDTT, Histories.person().rated(HTNV, 2024))).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aMissingRatingMakesTheAnswerNeedAPersonsCheck() {
        Answer answer = ask(2024, LDTT, Histories.person());
        assertThat(answer.verdict()).isEqualTo(Verdict.NEEDS_CHECK);
        assertThat(answer.reasons()).anySatisfy(r -> assertThat(r.met()).isNull());
    }

    @Test
    void judgementsAreListedButDoNotChangeTheVerdict() {
        Answer answer = ask(2024, LDTT, Histories.person().rated(HTXSNV, 2024));
        assertThat(answer.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(answer.reasons()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(Reason.Kind.JUDGEMENT);
            assertThat(r.met()).isNull();
        });
    }

    @Test
    void chienSiThiDuaCoSoUnderThe2022LawByExcellenceOrByAnInitiative() {
        assertThat(verdict(2024, CSTD_CS, Histories.person().rated(HTXSNV, 2024)))
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(
                        2024, CSTD_CS, Histories.person().rated(HTTNV, 2024).initiative(InitiativeLevel.CO_SO, 2024)))
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(2024, CSTD_CS, Histories.person().rated(HTTNV, 2024)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(
                        2024,
                        CSTD_CS,
                        Histories.person().rated(HTTNV, 2024).initiativeUsedFor(BK_TINH, InitiativeLevel.CO_SO, 2024)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void chienSiThiDuaCoSoBefore2024NeededAnInitiative() {
        assertThat(verdict(2022, CSTD_CS, Histories.person().rated(HTXSNV, 2022)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void chienSiThiDuaTinhNeedsThreeConsecutiveCstdcsAndAProvincialInitiative() {
        Histories three = Histories.person().got(CSTD_CS, 2022, 2023, 2024).initiative(InitiativeLevel.TINH, 2023);
        Answer answer = ask(2024, CSTD_TINH, three);
        assertThat(answer.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(answer.reasons()).anySatisfy(r -> {
            assertThat(r.condition()).isEqualTo("3 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở");
            assertThat(r.basis()).isEqualTo("Luật Thi đua, khen thưởng 2022, điểm a khoản 1 Điều 22");
            assertThat(r.met()).isTrue();
        });
        assertThat(answer.reasons())
                .anySatisfy(r -> assertThat(r.basis()).isEqualTo("Luật Thi đua, khen thưởng 2022, Điều 95"));
        assertThat(verdict(2025, CSTD_TINH, three))
                .as("considered the year after the third")
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(
                        2024,
                        CSTD_TINH,
                        Histories.person().got(CSTD_CS, 2021, 2023, 2024).initiative(InitiativeLevel.TINH, 2023)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(
                        2024,
                        CSTD_TINH,
                        Histories.person().got(CSTD_CS, 2022, 2023, 2024).initiative(InitiativeLevel.CO_SO, 2023)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void chienSiThiDuaToanQuocNeedsTwoConsecutiveProvincialTitles() {
        Histories twice = Histories.person()
                .got(CSTD_TINH, 2021)
                .got(CSTD_TINH, 2024)
                .initiative(InitiativeLevel.TOAN_QUOC, 2023);
        assertThat(verdict(2024, CSTD_TQ, twice)).isEqualTo(Verdict.ELIGIBLE);
        Histories gap = Histories.person()
                .got(CSTD_TINH, 2020)
                .got(CSTD_TINH, 2024)
                .initiative(InitiativeLevel.TOAN_QUOC, 2023);
        assertThat(verdict(2024, CSTD_TQ, gap)).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void bangKhenTinhForTwoExcellentYearsWithTwoInitiatives() {
        assertThat(verdict(
                        2024,
                        BK_TINH,
                        Histories.person().rated(HTXSNV, 2023, 2024).initiative(InitiativeLevel.CO_SO, 2023, 2024)))
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(
                        2024,
                        BK_TINH,
                        Histories.person().rated(HTXSNV, 2023, 2024).initiative(InitiativeLevel.CO_SO, 2024)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(
                        2024,
                        BK_TINH,
                        Histories.person().got(CSTD_CS, 2023, 2024).rated(HTTNV, 2023, 2024)))
                .as("two CSTĐCS alone are no route (điểm d khoản 1 Điều 74)")
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void theWindowForTheNextAwardCountsFromThePeriodInThePreviousDecision() {
        Histories recent = Histories.person()
                .got(BK_TINH, 2024, 2023, 2024, CommendationType.THUONG_XUYEN)
                .rated(HTXSNV, 2023, 2024, 2025)
                .initiative(InitiativeLevel.CO_SO, 2024, 2025);
        Answer answer = ask(2025, BK_TINH, recent);
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(answer.reasons()).anySatisfy(r -> {
            assertThat(r.met()).isFalse();
            assertThat(r.basis()).isEqualTo("Nghị định 152/2025/NĐ-CP, khoản 7 Điều 33");
        });
        Histories recorded2024ForTwentyTwentyTwo = Histories.person()
                .got(BK_TINH, 2024, 2021, 2022, CommendationType.THUONG_XUYEN)
                .rated(HTXSNV, 2023, 2024)
                .initiative(InitiativeLevel.CO_SO, 2023, 2024);
        assertThat(verdict(2024, BK_TINH, recorded2024ForTwentyTwentyTwo)).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void bangKhenThuTuongNeedsABangKhenTinhThenFiveGoodYearsWithThreeCstdcs() {
        eligibleOnlyWhenReady(
                BK_TTG,
                Histories.person()
                        .got(BK_TINH, 2019)
                        .rated(HTTNV, 2020, 2021, 2022, 2023, 2024)
                        .got(CSTD_CS, 2021, 2022, 2024),
                Histories.person()
                        .got(BK_TINH, 2020)
                        .rated(HTTNV, 2020, 2021, 2022, 2023, 2024)
                        .got(CSTD_CS, 2021, 2022, 2024),
                "only four years after it");
        assertThat(verdict(
                        2024,
                        BK_TTG,
                        Histories.person().got(CSTD_CS, 2022, 2023, 2024).rated(HTTNV, 2020, 2021, 2022, 2023, 2024)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aThematicAwardIsNoBasisForAMeritAward() {
        Histories thematic = Histories.person()
                .got(BK_TINH, 2019, 2019, 2019, CommendationType.CHUYEN_DE)
                .rated(HTTNV, 2020, 2021, 2022, 2023, 2024)
                .got(CSTD_CS, 2021, 2022, 2024);
        Answer answer = ask(2024, BK_TTG, thematic);
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(answer.reasons())
                .anySatisfy(r -> assertThat(r.basis()).isEqualTo("Nghị định 98/2023/NĐ-CP, khoản 3 Điều 4"));
    }

    @Test
    void huanChuongLaoDongHangBaAfterTheThuTuongBangKhen() {
        Histories ready = Histories.person()
                .got(BK_TTG, 2019)
                .rated(HTTNV, 2020, 2021, 2022, 2023)
                .rated(HTXSNV, 2024)
                .got(CSTD_CS, 2020, 2022, 2024);
        eligibleOnlyWhenReady(
                HCLD_3,
                ready,
                Histories.person()
                        .got(BK_TTG, 2019)
                        .rated(HTTNV, 2020, 2021, 2022, 2023, 2024)
                        .got(CSTD_CS, 2020, 2022, 2024),
                "no excellent year");
        assertThat(verdict(2024, HCLD_2, ready)).as("no hạng Ba yet").isEqualTo(Verdict.NOT_ELIGIBLE);
        Histories hangBa = Histories.person()
                .got(HCLD_3, 2019)
                .rated(HTTNV, 2020, 2021, 2022, 2023)
                .rated(HTXSNV, 2024)
                .got(CSTD_CS, 2020, 2022, 2024);
        assertThat(verdict(2024, HCLD_2, hangBa))
                .as("hạng Nhì criteria not yet verified")
                .isEqualTo(Verdict.NEEDS_CHECK);
    }

    @Test
    void tapTheLaoDongXuatSacCountsItsMembers() {
        Histories good = Histories.collective().rated(HTXSNV, 2024).members(40, 30, 40, 2);
        assertThat(verdict(2024, TTLDXS, good)).isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(
                        2024, TTLDXS, Histories.collective().rated(HTXSNV, 2024).members(40, 27, 40, 2)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(
                        2024, TTLDXS, Histories.collective().rated(HTXSNV, 2024).members(40, 30, 39, 2)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(2024, TTLDXS, Histories.collective().rated(HTXSNV, 2024)))
                .isEqualTo(Verdict.NEEDS_CHECK);
    }

    @Test
    void aDisciplinedPersonIsExcludedBefore2024AndNeedsACheckAfter() {
        assertThat(verdict(
                        2022,
                        LDTT,
                        Histories.person().rated(HTTNV, 2022).disciplined(DisciplineLevel.KHIEN_TRACH, 2022)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(
                        2024,
                        LDTT,
                        Histories.person().rated(HTTNV, 2024).disciplined(DisciplineLevel.KHIEN_TRACH, 2024)))
                .isEqualTo(Verdict.NEEDS_CHECK);
    }

    @Test
    void aTitleIsOnlyRegularAndAOneOffCommendationIsJudgedByPeople() {
        assertThat(verdict(2024, CSTD_CS, CommendationType.DOT_XUAT, Histories.person()))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        Answer oneOff = ask(2024, BK_TINH, CommendationType.DOT_XUAT, Histories.person());
        assertThat(oneOff.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(oneOff.reasons()).allSatisfy(r -> assertThat(r.basis()).isNotBlank());
    }

    @Test
    void aProvinceRegulationOverridesTheNationalValueForItsQuestionsOnly() {
        List<Parameter> rows = new ArrayList<>(TABLE.all());
        rows.add(new Parameter(
                ParameterKey.BLOC_FLAG_QUOTA,
                BigDecimal.valueOf(2),
                LocalDate.of(2024, 1, 1),
                null,
                7L,
                new LegalBasis("Quyết định 15/2024/QĐ-UBND", "12", null, null),
                true,
                null));
        ParameterTable table = new ParameterTable(rows, TABLE.instruments());
        assertThat(Quotas.check(Quotas.Kind.BLOC_FLAGS, null, 2, table.forYear(2024, 7L))
                        .met())
                .isTrue();
        assertThat(Quotas.check(Quotas.Kind.BLOC_FLAGS, null, 2, table.forYear(2024, 8L))
                        .met())
                .isFalse();
    }

    @Test
    void quotasOverAWholeList() {
        Parameters p = TABLE.forYear(2023, null);
        assertThat(Quotas.check(Quotas.Kind.CSTDCS_SHARE, 40, 6, p).met()).isTrue();
        assertThat(Quotas.check(Quotas.Kind.CSTDCS_SHARE, 40, 7, p).met()).isFalse();
        assertThat(Quotas.check(Quotas.Kind.CSTDCS_SHARE, 40, 7, p).max()).isEqualTo(6);
        assertThat(Quotas.check(Quotas.Kind.CO_CP_SHARE, 10, 2, p).met()).isTrue();
        assertThat(Quotas.check(Quotas.Kind.CO_CP_SHARE, 10, 3, p).met()).isFalse();
        assertThat(Quotas.check(Quotas.Kind.BLOC_FLAGS, 1, 2, p).met()).isFalse();
        assertThat(Quotas.check(Quotas.Kind.BLOC_MERITS, null, 2, p).met())
                .as("two Bằng khen after the flag")
                .isTrue();
        assertThat(Quotas.check(Quotas.Kind.BLOC_MERITS, null, 3, p).met()).isFalse();
        assertThat(Quotas.check(Quotas.Kind.BLOC_MERITS, null, 3, p).basis())
                .contains("Quy chế thi đua, khen thưởng của tỉnh");
    }

    @Test
    void voteRulesForTheCouncil() {
        VoteRule cstd = VoteRule.council(CSTD_TINH, TABLE.forYear(2023, null)).orElseThrow();
        assertThat(VoteRule.councilMethod(CSTD_TINH)).isEqualTo(VoteRule.Method.SECRET_BALLOT);
        assertThat(cstd.threshold()).isEqualTo(new Fraction(9, 10));
        assertThat(cstd.base()).isEqualTo(VoteRule.Base.ELECTORATE);
        assertThat(cstd.basis()).isEqualTo("Nghị định 91/2017/NĐ-CP, khoản 8 Điều 45");
    }

    @Test
    void aSecondChienSiThiDuaToanQuocNeedsNewAchievementsAndUnusedInitiatives() {
        Histories again = Histories.person()
                .got(CSTD_TINH, 2018, 2021, 2024)
                .got(CSTD_TQ, 2021)
                .initiative(InitiativeLevel.TOAN_QUOC, 2023);
        assertThat(verdict(2024, CSTD_TQ, again)).isEqualTo(Verdict.NOT_ELIGIBLE);
        Histories usedInitiative = Histories.person()
                .got(CSTD_TINH, 2021, 2024)
                .initiativeUsedFor(CSTD_TQ, InitiativeLevel.TOAN_QUOC, 2023);
        assertThat(verdict(2024, CSTD_TQ, usedInitiative)).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void bangKhenTinhCountsOnlyYearsAfterThePreviousBangKhen() {
        Histories overlapping = Histories.person()
                .got(BK_TINH, 2023, 2022, 2023, CommendationType.THUONG_XUYEN)
                .rated(HTXSNV, 2022, 2023, 2024)
                .initiative(InitiativeLevel.CO_SO, 2023, 2024);
        assertThat(verdict(2024, BK_TINH, overlapping)).isEqualTo(Verdict.NOT_ELIGIBLE);
        Histories after = Histories.person()
                .got(BK_TINH, 2022, 2021, 2022, CommendationType.THUONG_XUYEN)
                .rated(HTXSNV, 2023, 2024)
                .initiative(InitiativeLevel.CO_SO, 2023, 2024);
        assertThat(verdict(2024, BK_TINH, after)).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void anEarlierBangKhenTinhStillOpensTheWayToTheThuTuongsBangKhen() {
        Histories twice = Histories.person()
                .got(BK_TINH, 2015, 2022)
                .rated(HTTNV, 2020, 2021, 2022, 2023, 2024)
                .got(CSTD_CS, 2020, 2022, 2024);
        assertThat(verdict(2024, BK_TTG, twice)).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void theWrongKindOfSubjectIsCertainlyNotEligibleEvenUnderAnUncheckedArticle() {
        assertThat(verdict(2024, TTLDTT, Histories.person().rated(HTXSNV, 2024)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(verdict(2025, CO_TINH, Histories.person().rated(HTXSNV, 2025)))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aDisciplineJudgesLdttAndCstdcsAlike() {
        Histories reprimanded = Histories.person().rated(HTXSNV, 2024).disciplined(DisciplineLevel.KHIEN_TRACH, 2024);
        assertThat(verdict(2024, CSTD_CS, reprimanded))
                .isEqualTo(ask(2024, LDTT, reprimanded).verdict());
    }

    @Test
    void aOneOffAwardStillLooksAtDisciplineAndAThemedFlagNeedsItsCampaignChecked() {
        Histories dismissed = Histories.person().disciplined(DisciplineLevel.BUOC_THOI_VIEC, 2024);
        assertThat(verdict(2024, BK_TTG, CommendationType.DOT_XUAT, dismissed)).isNotEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(2024, CO_CP, CommendationType.CHUYEN_DE, Histories.collective()))
                .isEqualTo(Verdict.NEEDS_CHECK);
        assertThat(verdict(2024, CO_TINH, CommendationType.DOT_XUAT, Histories.collective()))
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    @Test
    void aYearBeforeAnyEncodedLawNeedsACheckInsteadOfFailing() {
        Answer answer = ask(2002, LDTT, Histories.person().rated(HTTNV, 2002));
        assertThat(answer.verdict()).isEqualTo(Verdict.NEEDS_CHECK);
        assertThat(answer.regime().description()).contains("Chưa có văn bản");
    }
}
