package vn.thidua.org;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A bloc's year: members, leader and deputy (chosen among the members), council member, flag quota. */
public record BlocYearCommand(
        @NotNull(message = "{blocYear.year.required}") Integer year,
        List<Long> memberUnitIds,
        Long leaderUnitId,
        Long deputyUnitId,
        Long councilMemberId,

        @PositiveOrZero(message = "{blocYear.flagQuota.negative}")
        Integer flagQuota,

        @Size(max = 2000, message = "{blocYear.note.tooLong}")
        String note,

        Long version) {

    public BlocYearCommand {
        memberUnitIds =
                memberUnitIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(memberUnitIds));
    }

    public BlocYearCommand(Integer year, List<Long> memberUnitIds, Long leaderUnitId, Long deputyUnitId) {
        this(year, memberUnitIds, leaderUnitId, deputyUnitId, null, null, null, null);
    }

    public static BlocYearCommand of(BlocYearView year) {
        return new BlocYearCommand(
                year.year(),
                year.members().stream().map(UnitRef::id).toList(),
                year.leader() == null ? null : year.leader().id(),
                year.deputy() == null ? null : year.deputy().id(),
                year.councilMember() == null ? null : year.councilMember().id(),
                year.flagQuota(),
                year.note(),
                year.version());
    }

    /** This year's members, leader, deputy, council member and quota for another year: no note, no version yet. */
    public BlocYearCommand carriedTo(Integer year) {
        return new BlocYearCommand(
                year, memberUnitIds, leaderUnitId, deputyUnitId, councilMemberId, flagQuota, null, null);
    }

    public BlocYearCommand withYear(Integer year) {
        return new BlocYearCommand(
                year, memberUnitIds, leaderUnitId, deputyUnitId, councilMemberId, flagQuota, note, version);
    }

    public BlocYearCommand withLeaders(Long leaderUnitId, Long deputyUnitId) {
        return new BlocYearCommand(
                year, memberUnitIds, leaderUnitId, deputyUnitId, councilMemberId, flagQuota, note, version);
    }
}
