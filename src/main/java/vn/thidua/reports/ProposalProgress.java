package vn.thidua.reports;

import java.time.LocalDate;
import java.util.Optional;
import vn.thidua.org.BlocYearId;

/**
 * Where a bloc year's award proposal stands, for the dashboard. Implemented by the proposals feature
 * (which depends on this one), so the dashboard shows the pipeline without depending on it.
 */
public interface ProposalProgress {

    Optional<Status> of(BlocYearId year);

    /** The proposal, its step in words, that step's due date, and whether it is past it. */
    record Status(long proposalId, String step, LocalDate dueOn, boolean overdue) {}
}
