package vn.thidua.org;

import java.util.Optional;
import java.util.Set;

/**
 * Another feature's say on changing a bloc year's members once its own work on that year has begun
 * (scoring refuses when sheets exist). Called inside the year's update transaction.
 */
public interface MemberChangeGuard {

    /** A reason, in Vietnamese, to refuse the change; empty to allow it. */
    Optional<String> refuse(BlocYearId year, Set<UnitId> removed, Set<UnitId> added);
}
