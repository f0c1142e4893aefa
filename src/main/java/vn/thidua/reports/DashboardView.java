package vn.thidua.reports;

import java.util.List;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.UnitRef;
import vn.thidua.rules.AwardCount;

/** An authority's year at a glance: each bloc's progress through the cycle, who is late, and the awards recorded. */
public record DashboardView(
        AuthorityView authority,
        int year,
        List<Integer> years,
        List<BlocRow> blocs,
        List<AwardCount> awardsByYear,
        List<AwardCount> awardsByBloc) {

    /**
     * One bloc's year: counts out of its members for each step; the stage of its scoring; the units
     * behind at the current step; its award proposal, if any, and whether its step is overdue.
     */
    public record BlocRow(
            long blocId,
            String blocName,
            long yearId,
            UnitRef leader,
            int members,
            boolean launched,
            long signed,
            long selfScored,
            long inspected,
            long openObjections,
            String stage,
            List<UnitRef> late,
            ProposalProgress.Status proposal) {

        public boolean behind() {
            return !late.isEmpty() || proposal != null && proposal.overdue();
        }
    }

    public long awardsIn(int year) {
        return awardsByYear.stream()
                .filter(a -> a.year() == year)
                .mapToLong(AwardCount::count)
                .sum();
    }
}
