package vn.thidua.voting;

import java.util.List;

/**
 * Opening a vote with those present: their number, or by name (the member units' ids, or in a
 * council's vote the council members' ids), which written opinions of the absent need; with the
 * version of the vote the chair read.
 */
public record OpenVote(Integer present, List<Long> presentUnitIds, List<Long> presentCouncilMemberIds, Long version) {

    /** Whether those present are named rather than counted. */
    boolean named() {
        return presentUnitIds != null || presentCouncilMemberIds != null;
    }
}
