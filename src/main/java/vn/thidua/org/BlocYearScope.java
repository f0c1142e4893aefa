package vn.thidua.org;

import org.springframework.security.access.AccessDeniedException;

/**
 * What one user is to one bloc year: its board (the bloc's authority, or an admin), the officer of
 * the leading unit, the officer of a member unit, or the council member who follows the bloc. The
 * features of the year's cycle decide every step from this.
 */
public record BlocYearScope(BlocView bloc, BlocYearView year, boolean board, Long memberUnitId, boolean follower) {

    public boolean leader() {
        return memberUnitId != null && year.leader() != null && year.leader().id() == memberUnitId;
    }

    public boolean member() {
        return memberUnitId != null;
    }

    public boolean isMember(long unitId) {
        return year.members().stream().anyMatch(m -> m.id() == unitId);
    }

    public boolean canRead() {
        return board || member() || follower;
    }

    public void requireBoard() {
        if (!board) {
            throw new AccessDeniedException("not the board of bloc year " + year.id());
        }
    }

    /** The leading unit runs the year; its board may stand in for it. */
    public void requireLeaderOrBoard() {
        if (!leader() && !board) {
            throw new AccessDeniedException("not the leader of bloc year " + year.id());
        }
    }

    public void requireOwnUnit(long unitId) {
        if (memberUnitId == null || memberUnitId != unitId) {
            throw new AccessDeniedException("not the officer of unit " + unitId);
        }
    }
}
