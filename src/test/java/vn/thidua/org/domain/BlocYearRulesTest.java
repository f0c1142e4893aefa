package vn.thidua.org.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class BlocYearRulesTest {

    private static final long QUANG_NAM = 1;
    private static final long KON_TUM = 2;
    private static final YearRange YEARS = new YearRange(2000, 2027);

    private static final MemberCandidate TU_PHAP = new MemberCandidate(10, "Sở Tư pháp", QUANG_NAM, null);
    private static final MemberCandidate NOI_VU = new MemberCandidate(11, "Sở Nội vụ", QUANG_NAM, null);
    private static final MemberCandidate TAI_CHINH = new MemberCandidate(12, "Sở Tài chính", QUANG_NAM, null);

    private static BlocYearDraft khoi(int year, List<MemberCandidate> members, Long leader, Long deputy) {
        return new BlocYearDraft(year, BlocKind.KHOI, QUANG_NAM, members, leader, deputy, null);
    }

    private static List<String> codes(BlocYearDraft draft) {
        return BlocYearRules.check(draft, YEARS).stream()
                .map(RuleViolation::code)
                .toList();
    }

    @Test
    void acceptsLeaderAndDeputyChosenAmongMembers() {
        assertThat(codes(khoi(2023, List.of(TU_PHAP, NOI_VU, TAI_CHINH), 10L, 11L)))
                .isEmpty();
    }

    @Test
    void acceptsAYearWhoseLeaderIsNotYetElected() {
        assertThat(codes(khoi(2022, List.of(TU_PHAP, NOI_VU), null, null))).isEmpty();
    }

    @Test
    void rejectsLeaderWhoIsNotAMember() {
        List<RuleViolation> violations = BlocYearRules.check(khoi(2023, List.of(NOI_VU, TAI_CHINH), 10L, null), YEARS);
        assertThat(violations)
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(Tuple.tuple("leaderUnitId", "blocYear.leader.notMember"));
    }

    @Test
    void rejectsDeputyWhoIsNotAMemberOrIsTheLeader() {
        assertThat(codes(khoi(2023, List.of(TU_PHAP, NOI_VU), 10L, 12L))).containsExactly("blocYear.deputy.notMember");
        assertThat(codes(khoi(2023, List.of(TU_PHAP, NOI_VU), 10L, 10L)))
                .containsExactly("blocYear.deputy.sameAsLeader");
    }

    @Test
    void rejectsYearsOutsideTheRangeAndNamesTheRange() {
        List<RuleViolation> violations = BlocYearRules.check(khoi(1999, List.of(TU_PHAP), null, null), YEARS);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("blocYear.year.outOfRange");
            assertThat(v.args()).containsExactly("2000", "2027");
        });
        assertThat(codes(khoi(2028, List.of(TU_PHAP), null, null))).containsExactly("blocYear.year.outOfRange");
        assertThat(codes(khoi(2027, List.of(TU_PHAP), null, null))).isEmpty();
    }

    @Test
    void rejectsAYearWithoutMembers() {
        assertThat(codes(khoi(2023, List.of(), null, null))).containsExactly("blocYear.members.required");
    }

    @Test
    void rejectsAUnitOfAnotherAuthorityInAProvincialBloc() {
        MemberCandidate kontum = new MemberCandidate(20, "Sở Tư pháp", KON_TUM, null);
        assertThat(codes(khoi(2022, List.of(TU_PHAP, kontum), null, null)))
                .containsExactly("blocYear.member.otherAuthority");
    }

    @Test
    void acceptsUnitsOfSeveralProvincesInASectorRegion() {
        MemberCandidate kontum = new MemberCandidate(20, "Sở Tư pháp", KON_TUM, null);
        BlocYearDraft region = new BlocYearDraft(2022, BlocKind.KHU_VUC, 99, List.of(TU_PHAP, kontum), 20L, 10L, 1);
        assertThat(BlocYearRules.check(region, YEARS)).isEmpty();
    }

    @Test
    void rejectsAUnitThatHadCeasedToExistBeforeTheYear() {
        MemberCandidate merged = new MemberCandidate(13, "Sở Kế hoạch và Đầu tư", QUANG_NAM, LocalDate.of(2025, 3, 1));
        assertThat(codes(khoi(2026, List.of(TU_PHAP, merged), null, null))).containsExactly("blocYear.member.ended");
        assertThat(codes(khoi(2025, List.of(TU_PHAP, merged), null, null))).isEmpty();
    }

    @Test
    void rejectsMoreFlagsThanMembers() {
        BlocYearDraft draft = new BlocYearDraft(2023, BlocKind.KHOI, QUANG_NAM, List.of(TU_PHAP), null, null, 2);
        assertThat(codes(draft)).containsExactly("blocYear.flagQuota.moreThanMembers");
    }

    @Test
    void aSectorRegionBelongsToAMinistry() {
        assertThat(BlocYearRules.checkOwner(BlocKind.KHU_VUC, false))
                .extracting(RuleViolation::code)
                .containsExactly("bloc.kind.sectorRegionNeedsMinistry");
        assertThat(BlocYearRules.checkOwner(BlocKind.KHU_VUC, true)).isEmpty();
        assertThat(BlocYearRules.checkOwner(BlocKind.CUM, false)).isEmpty();
    }
}
