package vn.thidua.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import vn.thidua.platform.security.Role;

/**
 * A change to an account (PATCH /api/v1/users/{id} and the account's page): what is left null
 * stays as it is; a new role comes with its scope (authority, unit or council member).
 */
public record AccountChange(
        Boolean enabled,
        Role role,
        Long authorityId,
        Long unitId,
        Long councilMemberId,

        @Size(max = 200, message = "{account.fullName.tooLong}")
        String fullName,

        @Email(message = "{account.email.invalid}") @Size(max = 200, message = "{account.email.invalid}")
        String email,

        Boolean unlock,
        Boolean removeTwoFactor) {

    /**
     * The page's form for an account as it is now: its role, scope (an authority for a board or decider only), name and
     * e-mail.
     */
    public static AccountChange of(AccountView account) {
        return new AccountChange(
                null,
                account.role(),
                account.role() == Role.BOARD || account.role() == Role.DECIDER ? account.authorityId() : null,
                account.unitId(),
                account.councilMemberId(),
                account.fullName(),
                account.email(),
                null,
                null);
    }

    public static AccountChange enabled(boolean enabled) {
        return new AccountChange(enabled, null, null, null, null, null, null, null, null);
    }

    public static AccountChange unlocking() {
        return new AccountChange(null, null, null, null, null, null, null, true, null);
    }

    public static AccountChange removingTwoFactor() {
        return new AccountChange(null, null, null, null, null, null, null, null, true);
    }
}
