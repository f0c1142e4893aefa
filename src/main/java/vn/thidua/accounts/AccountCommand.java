package vn.thidua.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.platform.security.Role;

/** A new person's account: the page's form and the body of POST /api/v1/users. */
public record AccountCommand(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "{account.username.pattern}")
        String username,

        @NotBlank(message = "{account.fullName.required}") @Size(max = 200, message = "{account.fullName.tooLong}")
        String fullName,

        @NotNull(message = "{account.role.required}") Role role,
        Long authorityId,
        Long unitId,
        Long councilMemberId,

        @Email(message = "{account.email.invalid}") @Size(max = 200, message = "{account.email.invalid}")
        String email) {

    /**
     * What to change in an existing account of the same username to make it this one (full name,
     * e-mail, role and scope); empty when it already is. Whether it is enabled is not this command's.
     */
    public Optional<AccountChange> changeFrom(AccountView account) {
        boolean sameScope = role == null
                || role == account.role()
                        && switch (role) {
                            case ADMIN -> true;
                            case BOARD, DECIDER -> Objects.equals(authorityId, account.authorityId());
                            case UNIT_OFFICER -> Objects.equals(unitId, account.unitId());
                            case COUNCIL_MEMBER -> Objects.equals(councilMemberId, account.councilMemberId());
                        };
        String wantedName = fullName == null ? null : fullName.trim();
        boolean sameName = wantedName == null || wantedName.equals(account.fullName());
        String wantedEmail = email == null || email.isBlank() ? null : email.trim();
        boolean sameEmail =
                wantedEmail == null ? account.email() == null : wantedEmail.equalsIgnoreCase(account.email());
        if (sameScope && sameName && sameEmail) {
            return Optional.empty();
        }
        return Optional.of(new AccountChange(
                null,
                sameScope ? null : role,
                sameScope ? null : authorityId,
                sameScope ? null : unitId,
                sameScope ? null : councilMemberId,
                sameName ? null : wantedName,
                sameEmail ? null : wantedEmail == null ? "" : wantedEmail,
                null,
                null));
    }
}
