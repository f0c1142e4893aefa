package vn.thidua.org.domain;

import java.util.List;

/** A bloc year as someone wants to save it, before the rules have looked at it. */
public record BlocYearDraft(
        int year,
        BlocKind blocKind,
        long ownerAuthorityId,
        List<MemberCandidate> members,
        Long leaderUnitId,
        Long deputyUnitId,
        Integer flagQuota) {

    public BlocYearDraft {
        members = List.copyOf(members);
    }

    boolean hasMember(long unitId) {
        return members.stream().anyMatch(m -> m.unitId() == unitId);
    }
}
