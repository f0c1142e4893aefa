package vn.thidua.scoring.domain;

import org.jspecify.annotations.Nullable;

/**
 * Who takes a step of a bloc year's scoring: the board (the bloc's authority, or an administrator),
 * the officer of one member unit (which may lead the year), or someone who may only read.
 */
public record Actor(
        String username, boolean board, @Nullable Long unitId, boolean leader) {

    public static Actor board(String username) {
        return new Actor(username, true, null, false);
    }

    public static Actor officer(String username, long unitId, boolean leader) {
        return new Actor(username, false, unitId, leader);
    }

    public boolean member() {
        return unitId != null;
    }

    public boolean actsFor(long unit) {
        return unitId != null && unitId == unit;
    }

    void requireLeaderOrBoard() {
        if (!leader && !board) {
            throw RoundRefusal.forbidden("round.leaderOnly");
        }
    }

    void requireBoard() {
        if (!board) {
            throw RoundRefusal.forbidden("round.boardOnly");
        }
    }

    /** The leading unit settles others' scores, never its own: that falls to the board. */
    void requireNotOwnUnit(long unit) {
        if (!board && actsFor(unit)) {
            throw RoundRefusal.forbidden("round.ownUnit");
        }
    }
}
