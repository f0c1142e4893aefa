package vn.thidua.reports;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearId;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Messages;
import vn.thidua.rules.SubjectService;
import vn.thidua.scoring.ProgressView;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.domain.Stage;

/** The board's dashboard: an authority's blocs in one year, their progress and who is late, and award statistics. */
@Service
public class DashboardService {

    private final AuthorityService authorities;
    private final BlocService blocs;
    private final ResultService results;
    private final SubjectService subjects;
    private final OrgPermissions permissions;
    private final Messages messages;
    private final Clock clock;

    private final List<ProposalProgress> proposals;

    DashboardService(
            AuthorityService authorities,
            BlocService blocs,
            ResultService results,
            SubjectService subjects,
            OrgPermissions permissions,
            Messages messages,
            Clock clock,
            List<ProposalProgress> proposals) {
        this.proposals = proposals;
        this.authorities = authorities;
        this.blocs = blocs;
        this.results = results;
        this.subjects = subjects;
        this.permissions = permissions;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DashboardView dashboard(CurrentUser user, long authorityId, Integer year) {
        AuthorityView authority = authorities.get(authorityId);
        if (!permissions.canManage(user, authorityId)) {
            throw new AccessDeniedException("not the board of authority " + authorityId);
        }
        TreeSet<Integer> years = new TreeSet<>();
        List<BlocView> owned = blocs.search(user, "", authorityId);
        List<List<BlocYearView>> allYears = new ArrayList<>();
        Map<Long, List<BlocYearView>> yearsOfBlocs = blocs.yearsOf(user, owned);
        for (BlocView bloc : owned) {
            List<BlocYearView> ys = yearsOfBlocs.getOrDefault(bloc.id(), List.of());
            allYears.add(ys);
            ys.forEach(y -> years.add(y.year()));
        }
        int shown = year != null ? year : years.isEmpty() ? Year.now(clock).getValue() : years.last();
        years.add(shown);
        List<DashboardView.BlocRow> rows = new ArrayList<>();
        for (int i = 0; i < owned.size(); i++) {
            Optional<BlocYearView> y =
                    allYears.get(i).stream().filter(v -> v.year() == shown).findFirst();
            if (y.isPresent()) {
                rows.add(row(user, owned.get(i), y.get()));
            }
        }
        return new DashboardView(
                authority,
                shown,
                List.copyOf(years.descendingSet()),
                rows,
                subjects.awardCounts(authorityId, false),
                subjects.awardCounts(authorityId, true));
    }

    private DashboardView.BlocRow row(CurrentUser user, BlocView bloc, BlocYearView year) {
        // the board's standing in each of its blocs' years, checked once above for the authority: not read again per
        // bloc
        ResultService.WorkspaceView progress = results.workspace(new BlocYearScope(bloc, year, true, null, false));
        List<ProgressView.Member> members = progress.members();
        long signed = members.stream()
                .filter(m -> m.covenant() == ProgressView.Step.DONE)
                .count();
        long self = members.stream()
                .filter(m -> m.selfScore() == ProgressView.Step.DONE)
                .count();
        long inspected = members.stream()
                .filter(m -> m.inspected() == ProgressView.Step.DONE)
                .count();
        long objections =
                members.stream().mapToLong(ProgressView.Member::openObjections).sum();
        // a year whose table is chosen is not being scored until it is launched
        String stage = progress.round()
                .map(round -> !progress.cycle().launched() && round.stage() == Stage.SCORING
                        ? messages.get("stage.NOT_LAUNCHED")
                        : messages.get("stage." + round.stage()))
                .orElse("Chưa áp dụng bảng tiêu chí");
        return new DashboardView.BlocRow(
                bloc.id(),
                bloc.name(),
                year.id(),
                year.leader(),
                members.size(),
                progress.cycle().launched(),
                signed,
                self,
                inspected,
                objections,
                stage,
                late(progress),
                proposals.stream()
                        .map(p -> p.of(new BlocYearId(year.id())))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(null));
    }

    /**
     * The members behind once the year is launched: not signed; while scoring, not self-scored; once
     * inspection is open, the inspectors whose inspection is not in.
     */
    private static List<UnitRef> late(ResultService.WorkspaceView progress) {
        if (!progress.cycle().launched()) {
            return List.of();
        }
        LinkedHashSet<UnitRef> late = new LinkedHashSet<>();
        List<ProgressView.Member> members = progress.members();
        members.stream().filter(m -> m.covenant() != ProgressView.Step.DONE).forEach(m -> late.add(m.unit()));
        var round = progress.round().orElse(null);
        if (round != null && round.stage() == Stage.SCORING) {
            members.stream()
                    .filter(m -> m.selfScore() != ProgressView.Step.DONE)
                    .forEach(m -> late.add(m.unit()));
            if (round.inspectionOpen()) {
                members.stream()
                        .filter(m -> m.inspected() != ProgressView.Step.DONE && m.inspector() != null)
                        .forEach(m -> late.add(m.inspector()));
            }
        }
        return List.copyOf(late);
    }
}
