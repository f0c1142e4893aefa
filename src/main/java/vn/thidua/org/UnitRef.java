package vn.thidua.org;

/** A unit as other pages and features name it. */
public record UnitRef(long id, String name, String shortName, long authorityId, String authorityName) {}
