package vn.thidua.org;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;

/**
 * Who may change what in the registry. Reading the registry is open to every signed-in user: the
 * composition of blocs is published by each authority. Changes are scoped: the board of an
 * authority manages that authority's units, blocs and bloc years; a unit officer edits only its unit.
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
