package vn.thidua.org;

import java.util.List;

/** A bloc in one year: its members, leader (khối trưởng), deputy (khối phó), council member and flag quota. */
public record BlocYearView(
        long id,
        long blocId,
        int year,
        UnitRef leader,
        UnitRef deputy,
        CouncilMemberView councilMember,
        Integer flagQuota,
        String note,
        List<UnitRef> members,
        long version) {

    public BlocYearView {
        members = List.copyOf(members);
    }

    public boolean isLeader(UnitRef unit) {
        return leader != null && leader.id() == unit.id();
    }

    public boolean isDeputy(UnitRef unit) {
        return deputy != null && deputy.id() == unit.id();
    }
}
