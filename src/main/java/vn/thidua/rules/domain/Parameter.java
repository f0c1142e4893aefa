package vn.thidua.rules.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated value of a parameter with its legal basis. {@code authorityId} is null for the
 * national value and names a province or ministry for its own regulation (quy chế) on top.
 * {@code verified} is false while nobody has checked the value against the official text.
 */
public record Parameter(
        ParameterKey key,
        BigDecimal value,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable Long authorityId,
        LegalBasis basis,
        boolean verified,
        @Nullable String note) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public int intValue() {
        return value.intValue();
    }

    public double doubleValue() {
        return value.doubleValue();
    }
}
