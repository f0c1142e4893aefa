package vn.thidua.proposals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitMembershipView;
import vn.thidua.org.UnitService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.rules.domain.CommendationType;

/**
 * A proposal opened by hand: by a unit for itself, by the bloc's leading unit, or by the board; and where one may be
 * opened.
 */
@Service
public class ProposalDrafting {

    private final ProposalStore store;
    private final ProposalReading reading;
    private final BlocService blocs;
    private final UnitService units;
    private final Checks checks;
    private final Clock clock;

    ProposalDrafting(
            ProposalStore store,
            ProposalReading reading,
            BlocService blocs,
            UnitService units,
            Checks checks,
            Clock clock) {
        this.store = store;
        this.reading = reading;
        this.blocs = blocs;
        this.units = units;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public ProposalView create(CurrentUser user, ProposalCommands.Create command) {
        Checks.Collector check = checks.none();
        BlocYearScope scope = command.blocYearId() == null ? null : blocs.scope(user, command.blocYearId());
        if (scope == null) {
            check.reject("blocYearId", "proposal.blocYear.required");
        }
        ProposerLevel level = FormText.parse(ProposerLevel.class, command.level());
        if (level == null) {
            check.reject("level", "proposal.level.required");
        }
        CommendationType type = FormText.parse(CommendationType.class, command.commendationType());
        if (type == null) {
            check.reject("commendationType", "proposal.type.required");
        }
        check.throwIfInvalid();
        Long unit = null;
        switch (level) {
            case BLOC -> {
                if (!scope.leader()) {
                    throw checks.forbidden("proposal.bloc.leaderOnly");
                }
                unit = scope.year().leader().id();
            }
            case UNIT -> {
                if (command.proposerUnitId() == null) {
                    check.reject("proposerUnitId", "proposal.unit.required").throwIfInvalid();
                }
                if (!user.isOfficerOf(command.proposerUnitId()) || !scope.isMember(command.proposerUnitId())) {
                    throw checks.forbidden("proposal.unit.forItself");
                }
                unit = command.proposerUnitId();
            }
            case BOARD -> scope.requireBoard();
        }
        if (command.title() == null
                || command.title().isBlank()
                || command.title().length() > 500) {
            check.reject("title", "proposal.title.required");
        }
        int year = scope.year().year();
        int from = command.periodFrom() == null ? year : command.periodFrom();
        int to = command.periodTo() == null ? year : command.periodTo();
        if (from > to || to > year || from < year - 10) {
            check.reject("periodFrom", "proposal.period.range", year);
        }
        check.throwIfInvalid();
        long id = store.insert(new ProposalStore.NewProposal(
                scope.bloc().authorityId(),
                scope.year().id(),
                year,
                level,
                unit,
                command.title().strip(),
                type,
                from,
                to,
                user.username(),
                clock.instant()));
        store.event(id, null, "CREATE", null, ProposalStatus.DRAFT, null, user.username(), clock.instant());
        return reading.get(user, id);
    }

    /** A bloc year a user may propose in, as the form offers it. */
    public record YearChoice(long blocYearId, String label) {}

    /**
     * Where the user may open a proposal of its own: a unit officer in the bloc years its unit is a
     * member of, the board in its authority's blocs (the latest three years of each).
     */
    @Transactional(readOnly = true)
    public List<YearChoice> proposableYears(CurrentUser user) {
        List<YearChoice> choices = new ArrayList<>();
        if (user.role() == Role.UNIT_OFFICER && user.unitId() != null) {
            for (UnitMembershipView m : units.history(user.unitId()).memberships()) {
                if (m.unit().id() == user.unitId()) {
                    choices.add(new YearChoice(
                            blocs.year(user, m.blocId(), m.year()).id(), m.blocName() + " – năm " + m.year()));
                }
            }
        } else if (user.role() == Role.BOARD) {
            List<BlocView> found = blocs.search(user, "", user.authorityId());
            Map<Long, List<BlocYearView>> years = blocs.yearsOf(user, found);
            for (BlocView bloc : found) {
                years.getOrDefault(bloc.id(), List.of()).stream()
                        .sorted(Comparator.comparingInt(BlocYearView::year).reversed())
                        .limit(3)
                        .forEach(y -> choices.add(new YearChoice(y.id(), bloc.name() + " – năm " + y.year())));
            }
        }
        return choices;
    }
}
