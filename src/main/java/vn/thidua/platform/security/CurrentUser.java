package vn.thidua.platform.security;

import java.io.Serializable;

/** The signed-in user with the scope of its role; services take it to decide what it may do. */
public record CurrentUser(
        long id, String username, String fullName, Role role, Long authorityId, Long unitId, Long councilMemberId)
        implements Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isBoardOf(long authority) {
        return role == Role.BOARD && authorityId != null && authorityId == authority;
    }

    public boolean isDeciderOf(long authority) {
        return role == Role.DECIDER && authorityId != null && authorityId == authority;
    }

    public boolean isOfficerOf(long unit) {
        return role == Role.UNIT_OFFICER && unitId != null && unitId == unit;
    }
}
