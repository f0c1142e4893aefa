package vn.thidua.scoring.domain;

import java.math.BigDecimal;

/** A completion level of the template (e.g. "Hoàn thành xuất sắc nhiệm vụ") reached from a minimum total. */
public record CompletionBand(String label, BigDecimal minTotal) {}
