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
public class AccountCommand {

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{account.fullName.required}")
    @Size(max = 200, message = "{account.fullName.tooLong}")
    private String fullName;

    @NotNull(message = "{account.role.required}")
    private Role role;

    private Long authorityId;
    private Long unitId;
    private Long councilMemberId;

    @Email(message = "{account.email.invalid}")
    @Size(max = 200, message = "{account.email.invalid}")
    private String email;

    public AccountCommand() {}

    public AccountCommand(
            String username,
            String fullName,
            Role role,
            Long authorityId,
            Long unitId,
            Long councilMemberId,
            String email) {
        this.username = username;
        this.fullName = fullName;
        this.role = role;
        this.authorityId = authorityId;
        this.unitId = unitId;
        this.councilMemberId = councilMemberId;
        this.email = email;
    }

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
        AccountChange change = new AccountChange();
        if (!sameScope) {
            change.setRole(role);
            change.setAuthorityId(authorityId);
            change.setUnitId(unitId);
            change.setCouncilMemberId(councilMemberId);
        }
        if (!sameName) {
            change.setFullName(wantedName);
        }
        if (!sameEmail) {
            change.setEmail(wantedEmail == null ? "" : wantedEmail);
        }
        return Optional.of(change);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
