package vn.thidua.statistics;

import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.awards.AwardEntry;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.movements.MovementService;
import vn.thidua.movements.MovementView;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.ProposalStatistics;
import vn.thidua.proposals.YearCandidate;
import vn.thidua.statistics.domain.StatForm;

/**
 * An authority's statistical report of a year (Thông tư 02/2023/TT-BNV, biểu 0601.N–0605.N/BNV-TĐKT) filled from its
 * movements launched in the year and the registry's awards of the year to its collectives and people; each count
 * keeps the records behind it for the drill-down. Read by the authority's board and the administrator.
 */
@Service
public class StatisticsService {

    public static final int FIRST_YEAR = 1945;
    public static final int LAST_YEAR = 2100;

    private final AuthorityService authorities;
    private final AwardRegistry awards;
    private final MovementService movements;
    private final ProposalStatistics proposals;
    private final Checks checks;

    StatisticsService(
            AuthorityService authorities,
            AwardRegistry awards,
            MovementService movements,
            ProposalStatistics proposals,
            Checks checks) {
        this.proposals = proposals;
        this.authorities = authorities;
        this.awards = awards;
        this.movements = movements;
        this.checks = checks;
    }

    /** The five forms, in the circular's order, and the product's annex of proposals, filled. */
    public record Report(AuthorityView authority, int year, List<StatForm.Filled<?>> forms) {}

    /** The records behind one count: the form, the row and column, and the movements or awards counted there. */
    public record Cell(
            Report report,
            StatForm.Filled<?> form,
            StatForm.Row<?> row,
            StatForm.@Nullable Column<?> column,
            List<MovementView> movements,
            List<AwardEntry> awards,
            List<YearCandidate> candidates) {}

    @Transactional(readOnly = true)
    public Report report(CurrentUser user, long authorityId, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw checks.refusal("year", "statistics.year.range", FIRST_YEAR, LAST_YEAR);
        }
        if (!user.isAdmin() && !user.isBoardOf(authorityId)) {
            throw checks.forbidden("statistics.refused");
        }
        AuthorityView authority = authorities.get(authorityId);
        List<AwardEntry> registry = awards.ofAuthorityYear(user, authorityId, year);
        List<MovementView> launched = movements.launchedIn(user, authorityId, year);
        return new Report(
                authority,
                year,
                List.of(
                        StatisticForms.movements().fill(launched),
                        StatisticForms.stateAwards(authority.kind() == AuthorityKind.MINISTRY)
                                .fill(registry),
                        StatisticForms.authorityAwards().fill(registry),
                        StatisticForms.bodies().fill(List.of()),
                        StatisticForms.staff().fill(List.of()),
                        StatisticForms.proposals().fill(proposals.submitted(user, authorityId, year))));
    }

    /** The report as a workbook, one sheet per form. */
    @Transactional(readOnly = true)
    public void workbook(CurrentUser user, long authorityId, int year, OutputStream out) {
        StatisticsWorkbook.write(report(user, authorityId, year), out);
    }

    /** Column 0 is the total; a cell with nothing to count (a heading, a figure not kept) is not found. */
    @Transactional(readOnly = true)
    public Cell cell(CurrentUser user, long authorityId, int year, int form, int row, int column) {
        Report report = report(user, authorityId, year);
        if (form < 0 || form >= report.forms().size()) {
            throw checks.notFound("statistics.cell.notFound");
        }
        StatForm.Filled<?> filled = report.forms().get(form);
        if (row < 0
                || row >= filled.form().rows().size()
                || column < 0
                || column > filled.form().columns().size()) {
            throw checks.notFound("statistics.cell.notFound");
        }
        List<?> facts = filled.facts(row, column);
        if (facts == null) {
            throw checks.notFound("statistics.cell.notFound");
        }
        List<MovementView> movementFacts = facts.stream()
                .filter(MovementView.class::isInstance)
                .map(MovementView.class::cast)
                .toList();
        List<AwardEntry> awardFacts = facts.stream()
                .filter(AwardEntry.class::isInstance)
                .map(AwardEntry.class::cast)
                .toList();
        List<YearCandidate> candidateFacts = facts.stream()
                .filter(YearCandidate.class::isInstance)
                .map(YearCandidate.class::cast)
                .toList();
        return new Cell(
                report,
                filled,
                filled.form().rows().get(row),
                column == 0 ? null : filled.form().columns().get(column - 1),
                movementFacts,
                awardFacts,
                candidateFacts);
    }
}
