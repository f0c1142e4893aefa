package vn.thidua.org.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a bloc year must keep: a year in range, at least one member, members of the owning
 * authority (except in a sector region), no unit that had already ceased to exist, a leader and a
 * deputy who are two different members, and no more flags than members.
 */
public final class BlocYearRules {

    private BlocYearRules() {}

    public static List<RuleViolation> check(BlocYearDraft draft, YearRange years) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!years.contains(draft.year())) {
            violations.add(RuleViolation.of(
                    "year", "blocYear.year.outOfRange", String.valueOf(years.first()), String.valueOf(years.last())));
        }
        if (draft.members().isEmpty()) {
            violations.add(RuleViolation.of("memberUnitIds", "blocYear.members.required"));
        }
        for (MemberCandidate member : draft.members()) {
            if (!draft.blocKind().spansProvinces() && member.authorityId() != draft.ownerAuthorityId()) {
                violations.add(RuleViolation.of("memberUnitIds", "blocYear.member.otherAuthority", member.name()));
            }
            LocalDate endedOn = member.endedOn();
            if (endedOn != null && endedOn.getYear() < draft.year()) {
                violations.add(RuleViolation.of(
                        "memberUnitIds", "blocYear.member.ended", member.name(), String.valueOf(endedOn.getYear())));
            }
        }
        if (draft.leaderUnitId() != null && !draft.hasMember(draft.leaderUnitId())) {
            violations.add(RuleViolation.of("leaderUnitId", "blocYear.leader.notMember"));
        }
        if (draft.deputyUnitId() != null) {
            if (draft.deputyUnitId().equals(draft.leaderUnitId())) {
                violations.add(RuleViolation.of("deputyUnitId", "blocYear.deputy.sameAsLeader"));
            } else if (!draft.hasMember(draft.deputyUnitId())) {
                violations.add(RuleViolation.of("deputyUnitId", "blocYear.deputy.notMember"));
            }
        }
        if (draft.flagQuota() != null && draft.flagQuota() > draft.members().size()) {
            violations.add(RuleViolation.of(
                    "flagQuota",
                    "blocYear.flagQuota.moreThanMembers",
                    String.valueOf(draft.members().size())));
        }
        return violations;
    }

    /** A sector region (khu vực thi đua) belongs to a ministry's sector; khối and cụm to any authority. */
    public static List<RuleViolation> checkOwner(BlocKind kind, boolean ownerIsMinistry) {
        if (kind.spansProvinces() && !ownerIsMinistry) {
            return List.of(RuleViolation.of("kind", "bloc.kind.sectorRegionNeedsMinistry"));
        }
        return List.of();
    }
}
