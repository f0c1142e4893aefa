package vn.thidua.org;

import java.time.LocalDate;

public record UnitSuccessionView(
        UnitRef predecessor, UnitRef successor, SuccessionKind kind, LocalDate effectiveOn, String legalBasis) {}
