package vn.thidua.scoring.domain;

import java.math.BigDecimal;

/** One line of a scoring table: its code (e.g. "1.2"), its group heading, its kind and its maximum points. */
public record Criterion(String code, String group, String name, CriterionKind kind, BigDecimal maxPoints) {}
