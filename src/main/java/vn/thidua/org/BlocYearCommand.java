package vn.thidua.org;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A bloc's year: members, leader and deputy (chosen among the members), council member, flag quota. */
public class BlocYearCommand {

    @NotNull(message = "{blocYear.year.required}")
    private Integer year;

    private List<Long> memberUnitIds = new ArrayList<>();
    private Long leaderUnitId;
    private Long deputyUnitId;
    private Long councilMemberId;

    @PositiveOrZero(message = "{blocYear.flagQuota.negative}")
    private Integer flagQuota;

    @Size(max = 2000, message = "{blocYear.note.tooLong}")
    private String note;

    private Long version;

    public BlocYearCommand() {}

    public BlocYearCommand(Integer year, List<Long> memberUnitIds, Long leaderUnitId, Long deputyUnitId) {
        this.year = year;
        this.memberUnitIds = memberUnitIds == null ? new ArrayList<>() : new ArrayList<>(memberUnitIds);
        this.leaderUnitId = leaderUnitId;
        this.deputyUnitId = deputyUnitId;
    }

    public static BlocYearCommand of(BlocYearView year) {
        BlocYearCommand command = new BlocYearCommand(
                year.year(),
                year.members().stream().map(UnitRef::id).toList(),
                year.leader() == null ? null : year.leader().id(),
                year.deputy() == null ? null : year.deputy().id());
        command.setCouncilMemberId(
                year.councilMember() == null ? null : year.councilMember().id());
        command.setFlagQuota(year.flagQuota());
        command.setNote(year.note());
        command.setVersion(year.version());
        return command;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Long> getMemberUnitIds() {
        return memberUnitIds;
    }

    public void setMemberUnitIds(List<Long> memberUnitIds) {
        this.memberUnitIds = memberUnitIds == null ? new ArrayList<>() : memberUnitIds;
    }

    public Long getLeaderUnitId() {
        return leaderUnitId;
    }

    public void setLeaderUnitId(Long leaderUnitId) {
        this.leaderUnitId = leaderUnitId;
    }

    public Long getDeputyUnitId() {
        return deputyUnitId;
    }

    public void setDeputyUnitId(Long deputyUnitId) {
        this.deputyUnitId = deputyUnitId;
    }

    public Long getCouncilMemberId() {
        return councilMemberId;
    }

    public void setCouncilMemberId(Long councilMemberId) {
        this.councilMemberId = councilMemberId;
    }

    public Integer getFlagQuota() {
        return flagQuota;
    }

    public void setFlagQuota(Integer flagQuota) {
        this.flagQuota = flagQuota;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
