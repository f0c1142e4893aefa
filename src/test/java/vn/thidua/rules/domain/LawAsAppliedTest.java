package vn.thidua.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.domain.Award.*;
import static vn.thidua.rules.domain.Rating.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The law as Bộ Nội vụ applies it (issue 17; ../shared/domain/legal-rules.md, "Update December 2026"):
 * each test names the article it holds the engine to.
 */
class LawAsAppliedTest {

    private static final ParameterTable TABLE = EligibilityEngineTest.TABLE;
    private final EligibilityEngine engine = new EligibilityEngine();

    private Answer ask(int year, Award award, Histories subject, LocalDate consideredOn) {
        return ask(TABLE, year, award, subject, consideredOn, null);
    }

    private Answer ask(
            ParameterTable table, int year, Award award, Histories subject, LocalDate consideredOn, Long authority) {
        Question q = new Question(year, award, CommendationType.THUONG_XUYEN, subject.build(), consideredOn);
        return engine.check(q, table.at(q.consideredOn(), authority));
    }

    private Answer ask(int year, Award award, Histories subject) {
        return ask(year, award, subject, null);
    }

    /** Luật 06/2022/QH15 Điều 94, 95: the regime is the one in force on the day the proposal is considered. */
    @Test
    void theRegimeIsTheOneInForceWhenTheProposalIsConsidered() {
        Histories excellentNoInitiative = Histories.person().rated(HTXSNV, 2023).months(12);
        Answer early2024 = ask(2023, CSTD_CS, excellentNoInitiative, LocalDate.of(2024, 2, 15));
        assertThat(early2024.verdict())
                .as("Luật 2022 Điều 23: excellence alone")
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(early2024.regime().description())
                .isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP");
        assertThat(ask(2023, CSTD_CS, excellentNoInitiative).verdict())
                .as("default: 1 January of the next year")
                .isEqualTo(Verdict.ELIGIBLE);
        Answer december2023 = ask(2023, CSTD_CS, excellentNoInitiative, LocalDate.of(2023, 12, 20));
        assertThat(december2023.verdict())
                .as("the 2003 Law asked an initiative")
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(december2023.regime().description()).contains("2003").contains("91/2017");
        assertThat(ask(2024, CSTD_CS, excellentNoInitiative.rated(HTXSNV, 2024), LocalDate.of(2025, 7, 1))
                        .regime()
                        .description())
                .isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP");
    }

    /**
     * Luật 2022 Điều 95 and điểm b khoản 1 Điều 73: titles earned before 2024 count in the first review under the new
     * Law.
     */
    @Test
    void theFirstReviewUnderThe2022LawCountsTitlesEarnedBefore() {
        Histories person = Histories.person()
                .got(BK_TINH, 2017)
                .rated(HTTNV, 2018, 2019, 2020, 2021, 2022, 2023)
                .got(CSTD_CS, 2019, 2020, 2022);
        Answer answer = ask(2023, BK_TTG, person, LocalDate.of(2024, 2, 23));
        assertThat(answer.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(answer.reasons()).anySatisfy(r -> assertThat(r.basis()).endsWith("Điều 95"));
    }

    /**
     * Nghị định 91/2017/NĐ-CP điểm c khoản 1 Điều 38: before 2024, five excellent years and five initiatives, no CSTĐCS
     * count.
     */
    @Test
    void theThuTuongsBangKhenUnderTheOldRegimeAsksFiveExcellentYearsAndFiveInitiatives() {
        Histories ready = Histories.person()
                .got(BK_TINH, 2016)
                .rated(HTXSNV, 2017, 2018, 2019, 2020, 2021, 2022)
                .initiative(InitiativeLevel.CO_SO, 2017, 2018, 2019, 2020, 2022);
        Answer answer = ask(2022, BK_TTG, ready);
        assertThat(answer.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(answer.reasons()).noneSatisfy(r -> assertThat(r.condition()).contains("Chiến sĩ thi đua cơ sở"));
        assertThat(answer.reasons())
                .anySatisfy(r -> assertThat(r.basis()).isEqualTo("Nghị định 91/2017/NĐ-CP, điểm c khoản 1 Điều 38"));

        assertThat(ask(
                                2022,
                                BK_TTG,
                                Histories.person()
                                        .got(BK_TINH, 2016)
                                        .rated(HTXSNV, 2017, 2018, 2019, 2020, 2021, 2022)
                                        .initiative(InitiativeLevel.CO_SO, 2017, 2018, 2019, 2020))
                        .verdict())
                .as("four initiatives")
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(ask(
                                2022,
                                BK_TTG,
                                Histories.person()
                                        .got(BK_TINH, 2016)
                                        .rated(HTXSNV, 2017, 2018, 2020, 2021, 2022)
                                        .rated(HTTNV, 2019)
                                        .initiative(InitiativeLevel.CO_SO, 2017, 2018, 2019, 2020, 2022))
                        .verdict())
                .as("a good, not excellent, year breaks the run")
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        // the old scheme asked the initiatives beside the CSTĐCS won with them; one used for another award does not
        // count
        Histories withTitles = Histories.person()
                .got(BK_TINH, 2016)
                .rated(HTXSNV, 2017, 2018, 2019, 2020, 2021, 2022)
                .initiative(InitiativeLevel.CO_SO, 2017, 2018, 2019, 2020, 2021)
                .got(CSTD_CS, 2018, 2019);
        assertThat(ask(2022, BK_TTG, withTitles).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Histories oneUsed = Histories.person()
                .got(BK_TINH, 2016)
                .rated(HTXSNV, 2017, 2018, 2019, 2020, 2021, 2022)
                .initiative(InitiativeLevel.CO_SO, 2017, 2018, 2019, 2020)
                .initiativeUsedFor(BK_TINH, InitiativeLevel.CO_SO, 2021);
        assertThat(ask(2022, BK_TTG, oneUsed).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    /** Luật 2022 điểm d khoản 1 Điều 74: the initiatives are others than those the CSTĐCS titles were won with. */
    @Test
    void bangKhenTinhAsksInitiativesOtherThanThoseOfTheCstdcsTitles() {
        Histories marked = Histories.person()
                .rated(HTXSNV, 2023, 2024)
                .initiative(InitiativeLevel.CO_SO, 2023, 2024)
                .initiativeUsedFor(CSTD_CS, InitiativeLevel.CO_SO, 2024)
                .got(CSTD_CS, 2024);
        assertThat(ask(2024, BK_TINH, marked).verdict()).isEqualTo(Verdict.ELIGIBLE);
        Histories onlyThose = Histories.person()
                .rated(HTXSNV, 2023, 2024)
                .initiative(InitiativeLevel.CO_SO, 2023)
                .initiativeUsedFor(CSTD_CS, InitiativeLevel.CO_SO, 2024)
                .got(CSTD_CS, 2024);
        assertThat(ask(2024, BK_TINH, onlyThose).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        // a CSTĐCS of 2022 was decided under the 2003 Law, which asked an initiative: one of 2022's is spent
        Histories oldTitle = Histories.person()
                .rated(HTXSNV, 2022, 2023)
                .got(CSTD_CS, 2022)
                .initiative(InitiativeLevel.CO_SO, 2022, 2023);
        Answer answer = ask(2023, BK_TINH, oldTitle);
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(answer.reasons()).anySatisfy(r -> {
            assertThat(r.condition()).contains("không kể sáng kiến đã dùng").contains("(có 1)");
            assertThat(r.basis()).isEqualTo("Luật Thi đua, khen thưởng 2022, điểm d khoản 1 Điều 74");
        });
        assertThat(ask(2023, BK_TINH, oldTitle.initiative(InitiativeLevel.CO_SO, 2022))
                        .verdict())
                .isEqualTo(Verdict.ELIGIBLE);
    }

    /** Luật 2022 điểm b khoản 1 Điều 73: "liên tục từ 05 năm trở lên … đến thời điểm đề nghị" counts the whole run. */
    @Test
    void theThuTuongsBangKhenCountsTheWholeRunSinceTheEarlierBangKhen() {
        Histories since2017 = Histories.person()
                .got(BK_TINH, 2017)
                .rated(HTTNV, 2018, 2019, 2020, 2021, 2022, 2023, 2024)
                .got(CSTD_CS, 2018, 2019, 2024);
        Answer answer = ask(2024, BK_TTG, since2017);
        assertThat(answer.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(answer.reasons()).anySatisfy(r -> assertThat(r.condition()).contains("các năm 2018–2024, 7 năm"));
        assertThat(ask(
                                2024,
                                BK_TTG,
                                Histories.person()
                                        .got(BK_TINH, 2017)
                                        .rated(HTTNV, 2018, 2019, 2020, 2022, 2023, 2024)
                                        .rated(HTNV, 2021)
                                        .got(CSTD_CS, 2018, 2019, 2024))
                        .verdict())
                .as("a merely completed year in between breaks the run")
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(ask(
                                2024,
                                BK_TTG,
                                Histories.person()
                                        .got(BK_TINH, 2017)
                                        .rated(HTTNV, 2020, 2021, 2022, 2023, 2024)
                                        .got(CSTD_CS, 2020, 2022))
                        .verdict())
                .as("unknown years before 2020 leave two CSTĐCS in the known run")
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    /** Luật 2022 điểm e khoản 1 Điều 44: the same whole run after the Thủ tướng's Bằng khen. */
    @Test
    void huanChuongLaoDongHangBaCountsTheWholeRunSinceTheThuTuongsBangKhen() {
        Histories since2016 = Histories.person()
                .got(BK_TTG, 2016)
                .rated(HTTNV, 2017, 2019, 2020, 2021, 2022, 2023, 2024)
                .rated(HTXSNV, 2018)
                .got(CSTD_CS, 2017, 2018, 2020);
        assertThat(ask(2024, HCLD_3, since2016).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    /** Luật 2022 điểm c khoản 1 Điều 28 (as ministries' circulars read it): from 70%; before 2024 more than 50%. */
    @Test
    void tapTheLaoDongTienTienFromSeventyPercentUnderThe2022Law() {
        assertThat(ask(2024, TTLDTT, Histories.collective().rated(HTTNV, 2024).members(40, 28, 40, 0))
                        .verdict())
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(ask(2024, TTLDTT, Histories.collective().rated(HTTNV, 2024).members(40, 27, 40, 0))
                        .verdict())
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(ask(
                                2024,
                                TTLDTT,
                                Histories.collective()
                                        .rated(HTTNV, 2024)
                                        .members(40, 30, 40, 0)
                                        .disciplined(DisciplineLevel.CANH_CAO, 2024))
                        .verdict())
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(ask(2022, TTLDTT, Histories.collective().rated(HTTNV, 2022).members(40, 21, 40, 0))
                        .verdict())
                .as("Luật 2003 Điều 28: trên 50%")
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(ask(2022, TTLDTT, Histories.collective().rated(HTTNV, 2022).members(40, 20, 40, 0))
                        .verdict())
                .isEqualTo(Verdict.NOT_ELIGIBLE);
    }

    /** Luật 2022 khoản 1 Điều 25: exceeding the targets and leading the bloc; nothing about members' discipline. */
    @Test
    void coThiDuaCuaChinhPhuHasNoMembersDisciplineFact() {
        Histories leader = Histories.collective().rated(HTXSNV, 2024).disciplined(DisciplineLevel.CANH_CAO, 2024);
        Answer answer = ask(2024, CO_CP, leader);
        assertThat(answer.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(answer.reasons()).noneSatisfy(r -> assertThat(r.condition()).contains("kỷ luật"));
        assertThat(answer.reasons()).anySatisfy(r -> assertThat(r.condition()).contains("dẫn đầu"));
        assertThat(ask(2024, CO_CP, Histories.collective().rated(HTTNV, 2024)).verdict())
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(ask(2024, CO_CP, Histories.collective().got(CO_TINH, 2024)).verdict())
                .as("the provincial flag of the year was given for exceeding the targets")
                .isEqualTo(Verdict.ELIGIBLE);
        assertThat(ask(2024, CO_CP, Histories.collective()).verdict()).isEqualTo(Verdict.NEEDS_CHECK);
    }

    /**
     * Bộ Nội vụ: Luật 2022 and its decrees set no share of CSTĐCS or of the Government's flag; NĐ 91/2017 khoản 3 Điều
     * 9 did.
     */
    @Test
    void noShareCapFrom2024AndAProvincesOwnCapOnlyWarns() {
        Quotas.QuotaCheck before =
                Quotas.check(Quotas.Kind.CSTDCS_SHARE, 10, 2, TABLE.at(LocalDate.of(2023, 1, 15), null));
        assertThat(before.met()).isFalse();
        assertThat(before.binding()).isTrue();
        assertThat(before.basis()).isEqualTo("Nghị định 91/2017/NĐ-CP, khoản 3 Điều 9");
        Quotas.QuotaCheck after =
                Quotas.check(Quotas.Kind.CSTDCS_SHARE, 10, 5, TABLE.at(LocalDate.of(2025, 1, 15), null));
        assertThat(after.met()).isTrue();
        assertThat(after.max()).isNull();
        assertThat(Quotas.check(Quotas.Kind.CO_CP_SHARE, 10, 5, TABLE.at(LocalDate.of(2025, 1, 15), null))
                        .met())
                .isTrue();

        ParameterTable withOwnCap =
                withRegional(ParameterKey.CSTDCS_MAX_SHARE_OF_LDTT, "0.15", "Quyết định 12/2024/QĐ-UBND", "5");
        Quotas.QuotaCheck own =
                Quotas.check(Quotas.Kind.CSTDCS_SHARE, 10, 5, withOwnCap.at(LocalDate.of(2025, 1, 15), 7L));
        assertThat(own.met()).isFalse();
        assertThat(own.binding()).as("a province's own policy warns").isFalse();
        assertThat(own.basis()).contains("Quyết định 12/2024/QĐ-UBND").contains("cảnh báo");
        // and never changes a person's answer
        assertThat(ask(
                                withOwnCap,
                                2024,
                                CSTD_CS,
                                Histories.person().rated(HTXSNV, 2024).months(12),
                                null,
                                7L)
                        .verdict())
                .isEqualTo(Verdict.ELIGIBLE);
    }

    /** Luật 2022 khoản 2 Điều 75: each ministry, branch or province sets Giấy khen's criteria. */
    @Test
    void giayKhenFollowsTheAuthoritysOwnRule() {
        Answer national = ask(2024, GIAY_KHEN, Histories.person().rated(HTTNV, 2023, 2024));
        assertThat(national.verdict()).isEqualTo(Verdict.NEEDS_CHECK);
        assertThat(national.reasons())
                .anySatisfy(r -> assertThat(r.basis()).isEqualTo("Luật Thi đua, khen thưởng 2022, khoản 2 Điều 75"));

        ParameterTable province =
                withRegional(ParameterKey.GIAY_KHEN_GOOD_YEARS, "2", "Quyết định 15/2024/QĐ-UBND tỉnh Lạng Sơn", "8");
        Answer own = ask(province, 2024, GIAY_KHEN, Histories.person().rated(HTTNV, 2023, 2024), null, 7L);
        assertThat(own.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(own.reasons())
                .anySatisfy(r -> assertThat(r.basis()).isEqualTo("Quyết định 15/2024/QĐ-UBND tỉnh Lạng Sơn, Điều 8"));
        assertThat(ask(
                                province,
                                2024,
                                GIAY_KHEN,
                                Histories.person().rated(HTTNV, 2024).rated(HTNV, 2023),
                                null,
                                7L)
                        .verdict())
                .isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(ask(province, 2024, GIAY_KHEN, Histories.person().rated(HTTNV, 2023, 2024), null, 8L)
                        .verdict())
                .as("another province has not entered its rule")
                .isEqualTo(Verdict.NEEDS_CHECK);
    }

    /**
     * NĐ 129/2025/NĐ-CP: from 01/07/2025 the commune chair decides what the district chair did (Luật 2022 khoản 2 Điều
     * 80).
     */
    @Test
    void whoDecidesFollowsTheDate() {
        LegalInstrument powers = TABLE.instruments().stream()
                .filter(i -> i.code().equals(LegalInstrument.COMMUNE_HOLDS_DISTRICT_POWERS))
                .findFirst()
                .orElseThrow();
        assertThat(powers.inForceOn(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(powers.inForceOn(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(LDTT.decidedBy(false)).contains("cấp huyện");
        assertThat(LDTT.decidedBy(true)).contains("cấp xã").doesNotContain("huyện");
        assertThat(GIAY_KHEN.decidedBy(true)).doesNotContain("huyện");
        assertThat(CO_TINH.decidedBy(false)).isEqualTo(CO_TINH.decidedBy(true));
        assertThat(TABLE.regimeOn(LocalDate.of(2025, 7, 1)).description())
                .as("it moves powers, not the regime")
                .isEqualTo("Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP");
    }

    /** A day between two changes of the table is answered by the snapshot of the last change: no snapshot per day. */
    @Test
    void anyDayIsAnsweredByTheValuesInForceThatDay() {
        assertThat(TABLE.at(LocalDate.of(2025, 6, 30), null)
                        .get(ParameterKey.NEXT_AWARD_WINDOW)
                        .basis()
                        .instrument())
                .isEqualTo("Nghị định 98/2023/NĐ-CP");
        assertThat(TABLE.at(LocalDate.of(2025, 7, 1), null)
                        .get(ParameterKey.NEXT_AWARD_WINDOW)
                        .basis()
                        .instrument())
                .isEqualTo("Nghị định 152/2025/NĐ-CP");
        assertThat(TABLE.at(LocalDate.of(2025, 9, 3), null)).isSameAs(TABLE.at(LocalDate.of(2026, 2, 1), null));
    }

    private static ParameterTable withRegional(ParameterKey key, String value, String instrument, String article) {
        List<Parameter> parameters = new ArrayList<>(TABLE.all());
        parameters.add(new Parameter(
                key,
                new BigDecimal(value),
                LocalDate.of(2024, 1, 1),
                null,
                7L,
                new LegalBasis(instrument, article, null, null),
                true,
                null));
        return new ParameterTable(parameters, TABLE.instruments());
    }
}
