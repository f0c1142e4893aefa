package vn.thidua.voting;

import java.util.List;

/** The counting committee of a draft secret ballot, by username, with the version of the vote read. */
public record NameCommittee(List<String> trustees, Long version) {}
