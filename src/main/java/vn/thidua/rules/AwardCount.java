package vn.thidua.rules;

/** How many awards of one kind the subjects of an authority's units received in a year, in one bloc or in all. */
public record AwardCount(int year, String award, String label, String blocName, long count) {}
