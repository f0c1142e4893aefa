package vn.thidua.scoring.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the round's rules need of one score sheet: whose scores it holds, who fills it, and whether
 * it was submitted (null id: a self-score not started yet).
 */
public record SheetState(
        @Nullable Long id, SheetKind kind, long unitId, long scorerUnitId, boolean submitted, long version) {

    public static SheetState newSelfScore(long unitId) {
        return new SheetState(null, SheetKind.SELF, unitId, unitId, false, 0);
    }

    public boolean started() {
        return id != null;
    }
}
