package vn.thidua.org;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;

/**
 * Who may change what in the registry. Reading units and authorities is open to every signed-in
 * user (each authority publishes them); a council member reads only the blocs it follows. Changes
 * are scoped: the board of an authority manages that authority's units, blocs and bloc years; a
 * unit officer edits only its unit; a succession into another authority's unit needs both boards' scope.
 */
@Component
public class OrgPermissions {

    public boolean canCreateAuthority(CurrentUser user) {
        return user.isAdmin();
    }

    public boolean canManage(CurrentUser user, long authorityId) {
        return user.isAdmin() || user.isBoardOf(authorityId);
    }

    public boolean canEditUnit(CurrentUser user, UnitView unit) {
        return canManage(user, unit.authorityId()) || user.isOfficerOf(unit.id());
    }

    /** Everyone signed in reads the registry, except that a council member reads only the blocs it follows. */
    void requireRead(CurrentUser user, long blocId, java.util.function.LongPredicate follows) {
        if (user.role() == vn.thidua.platform.security.Role.COUNCIL_MEMBER
                && (user.councilMemberId() == null || !follows.test(user.councilMemberId()))) {
            throw new AccessDeniedException("council member does not follow bloc " + blocId);
        }
    }

    void requireManage(CurrentUser user, long authorityId) {
        if (!canManage(user, authorityId)) {
            throw new AccessDeniedException("not the board of authority " + authorityId);
        }
    }

    void requireEditUnit(CurrentUser user, UnitView unit) {
        if (!canEditUnit(user, unit)) {
            throw new AccessDeniedException("may not edit unit " + unit.id());
        }
    }
}
