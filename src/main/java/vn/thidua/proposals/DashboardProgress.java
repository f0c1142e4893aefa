package vn.thidua.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.org.BlocYearId;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.reports.ProposalProgress;

/** The board's dashboard's view of a bloc year's latest proposal. */
@Component
record DashboardProgress(ProposalStore store, Messages messages, Clock clock) implements ProposalProgress {

    @Override
    public Optional<Status> of(BlocYearId year) {
        LocalDate today = LocalDate.now(clock);
        // the store lists the newest first
        return store.list(null, year.value(), null, null).stream()
                .findFirst()
                .map(p -> new Status(
                        p.id(), messages.get("proposalStatus." + p.status()), p.stepDueOn(), p.overdue(today)));
    }
}
