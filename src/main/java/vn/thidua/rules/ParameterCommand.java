package vn.thidua.rules;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A change of a parameter (value, verification, note, with the reason that the audit keeps), or a
 * province's own value (then also key, dates, authority and legal basis).
 */
public record ParameterCommand(
        String key,

        @NotNull(message = "{parameter.value.required}")
        @DecimalMin(value = "0", message = "{parameter.value.negative}")
        @Digits(integer = 6, fraction = 4, message = "{parameter.value.digits}")
        BigDecimal value,

        Boolean verified,

        @Size(max = 1000, message = "{parameter.note.tooLong}")
        String note,

        @NotBlank(message = "{parameter.reason.required}") @Size(max = 1000, message = "{parameter.reason.tooLong}")
        String reason,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        Long authorityId,

        @Size(max = 300, message = "{parameter.instrument.tooLong}")
        String instrument,

        @Size(max = 20, message = "{parameter.article.tooLong}")
        String article,

        @Size(max = 20, message = "{parameter.article.tooLong}")
        String clause,

        @Size(max = 20, message = "{parameter.article.tooLong}")
        String point,

        Long version) {

    /** The form for a change of a parameter as it is now: its value, verification and note. */
    public static ParameterCommand editing(ParameterView parameter) {
        return new ParameterCommand(
                null,
                // as typed, not as stored: "0.15", never "0.1500"
                parameter.value() == null ? null : plain(parameter.value()),
                parameter.verified(),
                parameter.note(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                parameter.version());
    }

    /** The form for a province's own value of a parameter: the key, its authority and the day it starts. */
    public static ParameterCommand provincial(String key, Long authorityId, LocalDate validFrom) {
        return new ParameterCommand(
                key, null, null, null, null, validFrom, null, authorityId, null, null, null, null, null);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
