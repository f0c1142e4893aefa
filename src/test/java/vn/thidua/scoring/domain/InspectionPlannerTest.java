package vn.thidua.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.thidua.org.domain.RuleViolation;

class InspectionPlannerTest {

    private static List<Long> members(int n) {
        return LongStream.rangeClosed(101, 100 + n).boxed().toList();
    }

    @Test
    void everyPlanOfEverySizeKeepsTheRules() {
        for (int n = 2; n <= 40; n++) {
            for (long seed = 0; seed < 50; seed++) {
                List<Long> members = members(n);
                List<InspectionPair> plan = InspectionPlanner.plan(members, List.of(), new Random(seed * 31 + n));
                assertThat(plan).hasSize(n);
                assertThat(plan).allSatisfy(p -> assertThat(p.inspector()).isNotEqualTo(p.inspected()));
                assertThat(plan.stream().map(InspectionPair::inspector)).containsExactlyInAnyOrderElementsOf(members);
                assertThat(plan.stream().map(InspectionPair::inspected)).containsExactlyInAnyOrderElementsOf(members);
                if (n > 2) {
                    Set<InspectionPair> pairs = new HashSet<>(plan);
                    assertThat(plan).noneMatch(p -> pairs.contains(p.reversed()));
                }
                assertThat(InspectionPlanner.check(members, plan))
                        .as("n=%d seed=%d", n, seed)
                        .isEmpty();
            }
        }
    }

    @Test
    void lastYearsPairsAreAvoidedWhenAnotherPlanExists() {
        for (int n = 4; n <= 15; n++) {
            List<Long> members = members(n);
            for (long seed = 0; seed < 20; seed++) {
                List<InspectionPair> lastYear = InspectionPlanner.plan(members, List.of(), new Random(seed));
                List<InspectionPair> thisYear = InspectionPlanner.plan(members, lastYear, new Random(seed + 1000));
                assertThat(thisYear).as("n=%d", n).doesNotContainAnyElementsOf(lastYear);
            }
        }
    }

    @Test
    void twoMembersInspectEachOtherThreeDoNot() {
        assertThat(InspectionPlanner.check(
                        members(2), List.of(new InspectionPair(101, 102), new InspectionPair(102, 101))))
                .isEmpty();
        List<RuleViolation> three = InspectionPlanner.check(
                members(3),
                List.of(new InspectionPair(101, 102), new InspectionPair(102, 101), new InspectionPair(103, 103)));
        assertThat(three).extracting(RuleViolation::code).contains("inspection.reciprocal", "inspection.self");
    }

    @Test
    void anEditedAssignmentIsCheckedForCoverage() {
        List<RuleViolation> problems = InspectionPlanner.check(
                members(4),
                List.of(
                        new InspectionPair(101, 102),
                        new InspectionPair(102, 103),
                        new InspectionPair(103, 102),
                        new InspectionPair(104, 999)));
        assertThat(problems)
                .extracting(RuleViolation::code)
                .contains(
                        "inspection.notMember",
                        "inspection.inspectedOnce",
                        "inspection.inspectsOnce",
                        "inspection.reciprocal");
    }

    @Test
    void oneMemberCannotBeAssigned() {
        assertThatThrownBy(() -> InspectionPlanner.plan(members(1), List.of(), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
