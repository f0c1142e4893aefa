package vn.thidua.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import vn.thidua.platform.security.Role;

/**
 * A change to an account (PATCH /api/v1/users/{id} and the account's page): what is left null
 * stays as it is; a new role comes with its scope (authority, unit or council member).
 */
public class AccountChange {

    private Boolean enabled;
    private Role role;
    private Long authorityId;
    private Long unitId;
    private Long councilMemberId;

    @Size(max = 200, message = "{account.fullName.tooLong}")
    private String fullName;

    @Email(message = "{account.email.invalid}")
    @Size(max = 200, message = "{account.email.invalid}")
    private String email;

    private Boolean unlock;
    private Boolean removeTwoFactor;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
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

    public Long getCouncilMemberId() {
        return councilMemberId;
    }

    public void setCouncilMemberId(Long councilMemberId) {
        this.councilMemberId = councilMemberId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Boolean getUnlock() {
        return unlock;
    }

    public void setUnlock(Boolean unlock) {
        this.unlock = unlock;
    }

    public Boolean getRemoveTwoFactor() {
        return removeTwoFactor;
    }

    public void setRemoveTwoFactor(Boolean removeTwoFactor) {
        this.removeTwoFactor = removeTwoFactor;
    }
}
