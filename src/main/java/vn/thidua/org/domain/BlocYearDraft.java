package vn.thidua.org.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A bloc year as someone wants to save it, before the rules have looked at it. */
public record BlocYearDraft(
        int year,
        BlocKind blocKind,
        long ownerAuthorityId,
        List<MemberCandidate> members,
        @Nullable Long leaderUnitId,
        @Nullable Long deputyUnitId,
        @Nullable Integer flagQuota) {

    public BlocYearDraft {
        members = List.copyOf(members);
    }

    boolean hasMember(long unitId) {
        return members.stream().anyMatch(m -> m.unitId() == unitId);
    }
}
