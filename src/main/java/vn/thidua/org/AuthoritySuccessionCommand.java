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
public class AuthoritySuccessionCommand {

    @NotNull(message = "{authority.succession.kind.required}")
    private AuthoritySuccessionKind kind;

    private Long successorAuthorityId;

    @Size(max = 200, message = "{authority.name.tooLong}")
    private String newName;

    @NotNull(message = "{authority.succession.effectiveOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;

    @Size(max = 300, message = "{authority.succession.legalBasis.tooLong}")
    private String legalBasis;

    public AuthoritySuccessionCommand() {}

    public static AuthoritySuccessionCommand merger(
            long successorAuthorityId, LocalDate effectiveOn, String legalBasis) {
        AuthoritySuccessionCommand command = new AuthoritySuccessionCommand();
        command.kind = AuthoritySuccessionKind.MERGED_INTO;
        command.successorAuthorityId = successorAuthorityId;
        command.effectiveOn = effectiveOn;
        command.legalBasis = legalBasis;
        return command;
    }

    public AuthoritySuccessionKind getKind() {
        return kind;
    }

    public void setKind(AuthoritySuccessionKind kind) {
        this.kind = kind;
    }

    public Long getSuccessorAuthorityId() {
        return successorAuthorityId;
    }

    public void setSuccessorAuthorityId(Long successorAuthorityId) {
        this.successorAuthorityId = successorAuthorityId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
