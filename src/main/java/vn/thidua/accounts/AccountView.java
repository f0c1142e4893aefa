package vn.thidua.accounts;

import java.time.Instant;
import vn.thidua.platform.security.Role;

/** An account as its managers see it; never a password hash, a token or a second factor's secret. */
public record AccountView(
        long id,
        String username,
        String fullName,
        Role role,
        Long authorityId,
        String authorityName,
        Long unitId,
        String unitName,
        Long councilMemberId,
        String councilMemberName,
        String email,
        boolean enabled,
        boolean service,
        boolean activated,
        boolean locked,
        boolean twoFactor,
        Instant createdAt) {

    /** The scope in words: "Tỉnh Lạng Sơn", "Sở Tài chính – Tỉnh Lạng Sơn", or empty for an administrator. */
    public String scopeName() {
        if (unitName != null) {
            return unitName + (authorityName == null ? "" : " – " + authorityName);
        }
        if (councilMemberName != null) {
            return "Hội đồng TĐKT " + (authorityName == null ? "" : authorityName) + " – " + councilMemberName;
        }
        return authorityName == null ? "" : authorityName;
    }
}
