package vn.thidua.cycle.domain;

/** Who takes a step of the year's cycle: the board, or the officer of a member unit (which may lead the year). */
public record CycleActor(String username, boolean board, Long unitId, boolean leader) {

    void requireLeaderOrBoard() {
        if (!leader && !board) {
            throw CycleRefusal.forbidden("cycle.leaderOnly");
        }
    }

    /** A unit's covenant is its own officer's to write and sign; not even the board signs for it. */
    void requireOfficerOf(long unit) {
        if (unitId == null || unitId != unit) {
            throw CycleRefusal.forbidden("covenant.notYours");
        }
    }
}
