package vn.thidua.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Total = scored criteria + bonus (at most its cap) − penalty (at most its cap); an unscored criterion counts 0. */
public final class Totals {

    private Totals() {}

    public static UnitTotal of(
            long unitId,
            List<Criterion> criteria,
            Map<String, BigDecimal> points,
            BigDecimal bonusCap,
            BigDecimal penaltyCap) {
        BigDecimal scored = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        int atMax = 0;
        for (Criterion criterion : criteria) {
            BigDecimal value = points.getOrDefault(criterion.code(), BigDecimal.ZERO);
            switch (criterion.kind()) {
                case SCORED -> {
                    scored = scored.add(value);
                    if (value.compareTo(criterion.maxPoints()) == 0) {
                        atMax++;
                    }
                }
                case BONUS -> bonus = bonus.add(value);
                case PENALTY -> penalty = penalty.add(value);
            }
        }
        bonus = capped(bonus, bonusCap);
        penalty = capped(penalty, penaltyCap);
        return new UnitTotal(
                unitId,
                ScoreRules.normalized(scored),
                ScoreRules.normalized(bonus),
                ScoreRules.normalized(penalty),
                ScoreRules.normalized(scored.add(bonus).subtract(penalty)),
                atMax);
    }

    private static BigDecimal capped(BigDecimal value, BigDecimal cap) {
        return cap != null && value.compareTo(cap) > 0 ? cap : value;
    }
}
