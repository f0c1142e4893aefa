package vn.thidua.scoring.domain;

import java.math.BigDecimal;

/** One criterion's points on a sheet, with the scorer's comment. */
public record ScoreEntry(BigDecimal points, String comment) {}
