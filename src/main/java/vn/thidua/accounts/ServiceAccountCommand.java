package vn.thidua.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.platform.security.Role;

/** Another system's account: a name, and the role and scope its calls act with (POST /api/v1/service-accounts). */
public class ServiceAccountCommand {

    @NotBlank(message = "{serviceAccount.name.required}")
    @Size(max = 200, message = "{account.fullName.tooLong}")
    private String name;

    @NotNull(message = "{account.role.required}")
    private Role role;

    private Long authorityId;
    private Long unitId;

    public ServiceAccountCommand() {}

    public ServiceAccountCommand(String name, Role role, Long authorityId, Long unitId) {
        this.name = name;
        this.role = role;
        this.authorityId = authorityId;
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public void setAuthorityId(Long authorityId) {
        this.authorityId = authorityId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
