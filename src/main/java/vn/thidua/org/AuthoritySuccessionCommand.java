package vn.thidua.org;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Records that an authority was merged into another or renamed, from a date and by a legal act; the
 * same request for the page and the API. A merger names its successor, a rename the new name; the
 * field the kind does not use is ignored.
 */
public record AuthoritySuccessionCommand(
        @NotNull(message = "{authority.succession.kind.required}")
        AuthoritySuccessionKind kind,

        Long successorAuthorityId,

        @Size(max = 200, message = "{authority.name.tooLong}")
        String newName,

        @NotNull(message = "{authority.succession.effectiveOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveOn,

        @Size(max = 300, message = "{authority.succession.legalBasis.tooLong}")
        String legalBasis) {

    public static AuthoritySuccessionCommand merger(
            long successorAuthorityId, LocalDate effectiveOn, String legalBasis) {
        return new AuthoritySuccessionCommand(
                AuthoritySuccessionKind.MERGED_INTO, successorAuthorityId, null, effectiveOn, legalBasis);
    }
}
