package vn.thidua.org;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Records that a unit was renamed, merged into or split into another, from a date and by a decision. */
public record SuccessionCommand(
        @NotNull(message = "{succession.successor.required}")
        Long successorUnitId,

        @NotNull(message = "{succession.kind.required}") SuccessionKind kind,

        @NotNull(message = "{succession.effectiveOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveOn,

        @Size(max = 300, message = "{succession.legalBasis.tooLong}")
        String legalBasis) {}
