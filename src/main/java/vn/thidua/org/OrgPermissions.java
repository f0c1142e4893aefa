package vn.thidua.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.org.internal.AuthorityStore;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;

/**
 * Who may change what in the registry. Reading units and authorities is open to every signed-in
 * user (each authority publishes them); a council member reads only the blocs it follows. Changes
 * are scoped: the board of an authority manages that authority's units, blocs and bloc years; a
 * unit officer edits only its unit; a succession into another authority's unit needs both boards' scope.
 * The board of an authority that others were merged into reads their records (proposals, the award
 * registry) as its own history, from the merger's date; it changes none of them.
 */
@Component
public record OrgPermissions(AuthorityStore authorities, Clock clock) {

    /** The board of a successor reading a record of an authority merged into its own (read only, never a write). */
    public boolean readsAsSuccessor(CurrentUser user, long authorityId) {
        return user.role() == Role.BOARD
                && user.authorityId() != null
                && user.authorityId() != authorityId
                && authorities.lineage(user.authorityId(), LocalDate.now(clock)).contains(authorityId);
    }

    /** The authorities whose records the user's board reads: its own and those merged into it. */
    public List<Long> boardLineage(CurrentUser user) {
        return user.authorityId() == null ? List.of() : authorities.lineage(user.authorityId(), LocalDate.now(clock));
    }

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
    void requireRead(CurrentUser user, long blocId, LongPredicate follows) {
        if (user.role() == Role.COUNCIL_MEMBER
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
