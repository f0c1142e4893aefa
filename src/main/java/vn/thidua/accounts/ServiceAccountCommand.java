package vn.thidua.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.platform.security.Role;

/** Another system's account: a name, and the role and scope its calls act with (POST /api/v1/service-accounts). */
public record ServiceAccountCommand(
        @NotBlank(message = "{serviceAccount.name.required}") @Size(max = 200, message = "{account.fullName.tooLong}")
        String name,

        @NotNull(message = "{account.role.required}") Role role,
        Long authorityId,
        Long unitId) {}
