package vn.thidua.scoring.domain;

import java.math.BigDecimal;

/**
 * A unit's final result: the scored criteria, the bonus and penalty after their caps, the total
 * (scored + bonus − penalty) and how many scored criteria reached their maximum.
 */
public record UnitTotal(
        long unitId, BigDecimal scored, BigDecimal bonus, BigDecimal penalty, BigDecimal total, int criteriaAtMax) {}
