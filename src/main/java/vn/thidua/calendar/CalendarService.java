package vn.thidua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.calendar.domain.CalendarEntry;
import vn.thidua.calendar.domain.CalendarEntry.Actor;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitService;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.proposals.ProposalReading;
import vn.thidua.proposals.ProposalRoles;
import vn.thidua.proposals.ProposalView;

/**
 * The year's dates of every bloc a person deals with (lịch thi đua): the board's, its authority's blocs; a unit
 * officer's, the blocs its unit is a member of; a council member's, the council's steps on its authority's proposals.
 * Read through the features' own services with the person's rights, so the calendar shows nothing its pages would not.
 */
@Service
public class CalendarService {

    /** The roles the calendar is for. */
    public static final Set<Role> READERS = Set.of(Role.BOARD, Role.UNIT_OFFICER, Role.COUNCIL_MEMBER);

    private final BlocService blocs;
    private final UnitService units;
    private final YearDates yearDates;
    private final ProposalReading proposals;
    private final CalendarFeeds feeds;
    private final Checks checks;
    private final Clock clock;

    CalendarService(
            BlocService blocs,
            UnitService units,
            YearDates yearDates,
            ProposalReading proposals,
            CalendarFeeds feeds,
            Checks checks,
            Clock clock) {
        this.blocs = blocs;
        this.units = units;
        this.yearDates = yearDates;
        this.proposals = proposals;
        this.feeds = feeds;
        this.checks = checks;
        this.clock = clock;
    }

    /** The page: one year (this year unless asked), grouped by month, each entry done, late, under way or ahead. */
    @Transactional(readOnly = true)
    public CalendarView calendar(CurrentUser user, Integer asked) {
        require(user);
        LocalDate today = LocalDate.now(clock);
        int year = asked != null ? asked : today.getYear();
        TreeSet<Integer> years = new TreeSet<>();
        blocYears(user).forEach(y -> years.add(y.year().year()));
        if (user.role() == Role.COUNCIL_MEMBER) {
            proposals.list(user).forEach(p -> years.add(p.year()));
        }
        years.add(today.getYear());
        years.add(year);
        Map<String, List<CalendarView.Row>> byMonth = new LinkedHashMap<>();
        for (CalendarEntry e : entries(user, Set.of(year))) {
            byMonth.computeIfAbsent(e.start().getYear() + "-" + e.start().getMonthValue(), k -> new ArrayList<>())
                    .add(new CalendarView.Row(e, e.state(today)));
        }
        List<CalendarView.Month> months = byMonth.values().stream()
                .map(rows -> new CalendarView.Month(
                        rows.get(0).entry().start().getMonthValue(),
                        rows.get(0).entry().start().getYear(),
                        rows))
                .toList();
        return new CalendarView(
                year,
                List.copyOf(years.descendingSet()),
                today,
                months,
                feeds.live(user).map(CalendarView.FeedLink::new).orElse(null));
    }

    /**
     * What a feed holds: the bloc years of last year and this one (a year's conference and proposals fall early in
     * the next), in date order.
     */
    @Transactional(readOnly = true)
    public List<CalendarEntry> feed(CurrentUser user) {
        int now = LocalDate.now(clock).getYear();
        return entries(user, Set.of(now - 1, now));
    }

    /** Every dated step of the bloc years of these years that the user may see, in date order. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> entries(CurrentUser user, Set<Integer> years) {
        require(user);
        return collect(user, years, false);
    }

    /**
     * The steps of these years on which the person must act, by its standing in each bloc year (member, leader, board)
     * and each proposal (proposer, board, council, decider): what reminders tell it. A decider, who has no calendar
     * page, has the decisions it must sign.
     */
    @Transactional(readOnly = true)
    public List<CalendarEntry> duties(CurrentUser user, Set<Integer> years) {
        if (!READERS.contains(user.role()) && user.role() != Role.DECIDER) {
            return List.of();
        }
        return collect(user, years, true);
    }

    private List<CalendarEntry> collect(CurrentUser user, Set<Integer> years, boolean dutiesOnly) {
        List<CalendarEntry> entries = new ArrayList<>();
        Map<Long, List<ProposalView>> byYear =
                proposals.list(user).stream().collect(Collectors.groupingBy(ProposalView::blocYearId));
        boolean council = user.role() == Role.COUNCIL_MEMBER;
        if (council || user.role() == Role.DECIDER) {
            byYear.values().stream()
                    .flatMap(List::stream)
                    .filter(p -> years.contains(p.year()))
                    .forEach(p -> entries.addAll(only(
                            ProposalDates.of(
                                    p, proposals.history(user, p.id()), p.blocName() + " năm " + p.year(), council),
                            dutiesOnly ? standing(proposals.roles(user, p)) : null)));
        } else {
            for (BlocYearScope scope : blocYears(user)) {
                if (!years.contains(scope.year().year())) {
                    continue;
                }
                entries.addAll(only(yearDates.of(user, scope), dutiesOnly ? standing(scope) : null));
                String blocName = scope.bloc().name() + " năm " + scope.year().year();
                for (ProposalView p : byYear.getOrDefault(scope.year().id(), List.of())) {
                    entries.addAll(only(
                            ProposalDates.of(p, proposals.history(user, p.id()), blocName, false),
                            dutiesOnly ? standing(proposals.roles(user, p)) : null));
                }
            }
        }
        // stable: a bloc's steps of one day keep the cycle's order (inspection before consolidation)
        entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::blocName));
        return entries;
    }

    /** All the entries, or those someone of this standing must act on. */
    private static List<CalendarEntry> only(List<CalendarEntry> entries, @Nullable Set<Actor> standing) {
        return standing == null
                ? entries
                : entries.stream().filter(e -> e.actedOnByAnyOf(standing)).toList();
    }

    private static Set<Actor> standing(BlocYearScope scope) {
        return holding(Map.of(Actor.BOARD, scope.board(), Actor.MEMBERS, scope.member(), Actor.LEADER, scope.leader()));
    }

    private static Set<Actor> standing(ProposalRoles roles) {
        return holding(Map.of(
                Actor.PROPOSER, roles.proposer(),
                Actor.BOARD, roles.board(),
                Actor.COUNCIL, roles.council(),
                Actor.DECIDER, roles.decider()));
    }

    /** The standings the person holds, of those asked. */
    private static Set<Actor> holding(Map<Actor, Boolean> holds) {
        Set<Actor> standing = EnumSet.noneOf(Actor.class);
        holds.forEach((actor, held) -> {
            if (held) {
                standing.add(actor);
            }
        });
        return standing;
    }

    /**
     * The bloc years the user stands in: its authority's (the board), its unit's (an officer); none for the council.
     */
    private List<BlocYearScope> blocYears(CurrentUser user) {
        List<BlocYearScope> scopes = new ArrayList<>();
        if (user.role() == Role.BOARD && user.authorityId() != null) {
            for (BlocView bloc : blocs.search(user, "", user.authorityId())) {
                for (BlocYearView year : blocs.years(user, bloc.id())) {
                    blocs.scopeIfAny(user, year.id()).ifPresent(scopes::add);
                }
            }
        } else if (user.role() == Role.UNIT_OFFICER && user.unitId() != null) {
            units.history(user.unitId()).memberships().stream()
                    .filter(m -> m.unit().id() == user.unitId())
                    .forEach(m -> scopes.add(blocs.scope(
                            user, blocs.year(user, m.blocId(), m.year()).id())));
        }
        return scopes;
    }

    private void require(CurrentUser user) {
        if (!READERS.contains(user.role())) {
            throw checks.forbidden("calendar.refused.role");
        }
    }
}
