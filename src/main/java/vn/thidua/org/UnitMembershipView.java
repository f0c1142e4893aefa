package vn.thidua.org;

import vn.thidua.org.domain.BlocKind;

/** One year of a unit (or of a unit it succeeds) in a bloc, with its role there. */
public record UnitMembershipView(
        int year, long blocId, String blocName, BlocKind blocKind, String authorityName, UnitRef unit, BlocRole role) {

    public enum BlocRole {
        LEADER,
        DEPUTY,
        MEMBER
    }
}
