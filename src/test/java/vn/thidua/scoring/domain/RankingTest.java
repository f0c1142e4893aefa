package vn.thidua.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final List<Criterion> TABLE = List.of(
            new Criterion("1", "I", "A", CriterionKind.SCORED, bd(50)),
            new Criterion("2", "I", "B", CriterionKind.SCORED, bd(40)),
            new Criterion("3", "II", "Thưởng", CriterionKind.BONUS, bd(10)),
            new Criterion("4", "II", "Trừ", CriterionKind.PENALTY, bd(10)));
    private static final List<CompletionBand> BANDS = List.of(
            new CompletionBand("Xuất sắc", bd(90)),
            new CompletionBand("Tốt", bd(75)),
            new CompletionBand("Hoàn thành", bd(50)));

    static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v);
    }

    private static UnitTotal total(long unit, double a, double b, double bonus, double penalty) {
        return Totals.of(unit, TABLE, Map.of("1", bd(a), "2", bd(b), "3", bd(bonus), "4", bd(penalty)), bd(5), bd(8));
    }

    @Test
    void totalIsScoredPlusCappedBonusMinusCappedPenalty() {
        UnitTotal t = total(1, 45, 40, 9, 9.5);
        assertThat(t.scored()).isEqualByComparingTo("85");
        assertThat(t.bonus()).isEqualByComparingTo("5");
        assertThat(t.penalty()).isEqualByComparingTo("8");
        assertThat(t.total()).isEqualByComparingTo("82");
        assertThat(t.criteriaAtMax()).isEqualTo(1);
        assertThat(Totals.of(2, TABLE, Map.of("1", bd(10)), null, null).total()).isEqualByComparingTo("10");
    }

    @Test
    void higherTotalRanksFirstAndTheFirstThreeGetTheirClass() {
        List<RankedUnit> ranked = Ranking.rank(
                List.of(total(1, 30, 30, 0, 0), total(2, 50, 40, 2, 0), total(3, 40, 40, 0, 0), total(4, 20, 10, 0, 0)),
                List.of(),
                BANDS);
        assertThat(ranked).extracting(r -> r.total().unitId()).containsExactly(2L, 3L, 1L, 4L);
        assertThat(ranked).extracting(RankedUnit::position).containsExactly(1, 2, 3, 4);
        assertThat(ranked)
                .extracting(RankedUnit::rankClass)
                .containsExactly(RankedUnit.RankClass.NHAT, RankedUnit.RankClass.NHI, RankedUnit.RankClass.BA, null);
        assertThat(ranked).extracting(RankedUnit::band).containsExactly("Xuất sắc", "Tốt", "Hoàn thành", null);
    }

    @Test
    void tieBreaksApplyInTheTemplatesOrder() {
        UnitTotal a = total(1, 50, 32, 0, 2); // 80: penalty 2, one criterion at max, no bonus
        UnitTotal b = total(2, 45, 40, 0, 5); // 80: penalty 5, one criterion at max
        UnitTotal c = total(3, 50, 30, 2, 2); // 80: penalty 2, one criterion at max, bonus 2
        List<RankedUnit> byPenalty = Ranking.rank(List.of(b, a), List.of(TieBreak.FEWER_PENALTY_POINTS), List.of());
        assertThat(byPenalty).extracting(r -> r.total().unitId()).containsExactly(1L, 2L);
        assertThat(byPenalty).extracting(RankedUnit::position).containsExactly(1, 2);
        assertThat(byPenalty).noneMatch(RankedUnit::tiedForVote);

        List<RankedUnit> thenBonus = Ranking.rank(
                List.of(a, b, c), List.of(TieBreak.FEWER_PENALTY_POINTS, TieBreak.MORE_BONUS_POINTS), List.of());
        assertThat(thenBonus).extracting(r -> r.total().unitId()).containsExactly(3L, 1L, 2L);

        List<RankedUnit> withoutTieBreaks = Ranking.rank(List.of(a, b, c), List.of(), List.of());
        assertThat(withoutTieBreaks).extracting(RankedUnit::position).containsExactly(1, 1, 1);
    }

    @Test
    void unitsEqualAfterEveryTieBreakShareThePlaceAndGoToTheConferenceVote() {
        UnitTotal a = total(1, 40, 40, 0, 0);
        UnitTotal b = total(2, 40, 40, 0, 0);
        UnitTotal c = total(3, 30, 30, 0, 0);
        List<RankedUnit> ranked = Ranking.rank(
                List.of(c, b, a), List.of(TieBreak.FEWER_PENALTY_POINTS, TieBreak.MORE_CRITERIA_AT_MAX), List.of());
        assertThat(ranked).extracting(RankedUnit::position).containsExactly(1, 1, 3);
        assertThat(ranked).extracting(RankedUnit::tiedForVote).containsExactly(true, true, false);
        assertThat(ranked.get(2).rankClass()).isEqualTo(RankedUnit.RankClass.BA);
    }

    @Test
    void discrepancyIsFlaggedAbovePointsOrPercentThreshold() {
        DiscrepancyRule rule = new DiscrepancyRule(bd(2), bd(20));
        assertThat(rule.flags(bd(10), bd(8), bd(20))).isFalse(); // 2 points, 10 %
        assertThat(rule.flags(bd(10), bd(7.5), bd(20))).isTrue(); // 2.5 points
        assertThat(rule.flags(bd(5), bd(3.5), bd(5))).isTrue(); // 1.5 points but 30 %
        assertThat(new DiscrepancyRule(null, null).flags(bd(1), bd(1), bd(5))).isFalse();
        assertThat(new DiscrepancyRule(null, null).flags(bd(1), bd(0.5), bd(5))).isTrue();
    }

    @Test
    void pointsReadAsWritten() {
        assertThat(ScoreRules.normalize(new BigDecimal("10.00")).toString()).isEqualTo("10");
        assertThat(ScoreRules.normalize(new BigDecimal("7.50")).toString()).isEqualTo("7.5");
        assertThat(ScoreRules.hasValidScale(new BigDecimal("7.125"))).isFalse();
        assertThat(ScoreRules.withinRange(bd(10.5), bd(10))).isFalse();
        assertThat(ScoreRules.withinRange(bd(-0.5), bd(10))).isFalse();
    }
}
