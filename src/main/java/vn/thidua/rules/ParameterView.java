package vn.thidua.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.thidua.rules.domain.LegalBasis;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;

/** A stored parameter row as pages and the API show it. */
public record ParameterView(
        long id,
        ParameterKey key,
        BigDecimal value,
        LocalDate validFrom,
        LocalDate validTo,
        Long authorityId,
        String authorityName,
        String instrument,
        String article,
        String clause,
        String point,
        boolean verified,
        String note,
        long version) {

    public LegalBasis basis() {
        return new LegalBasis(instrument, article, clause, point);
    }

    public Parameter toDomain() {
        return new Parameter(key, value, validFrom, validTo, authorityId, basis(), verified, note);
    }

    public record Change(
            OffsetDateTime at,
            String by,
            BigDecimal oldValue,
            BigDecimal newValue,
            Boolean oldVerified,
            boolean newVerified,
            String reason) {}
}
