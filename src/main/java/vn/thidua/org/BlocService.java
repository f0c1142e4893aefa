package vn.thidua.org;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.domain.BlocYearDraft;
import vn.thidua.org.domain.BlocYearRules;
import vn.thidua.org.domain.MemberCandidate;
import vn.thidua.org.domain.RuleViolation;
import vn.thidua.org.domain.YearRange;
import vn.thidua.org.internal.BlocStore;
import vn.thidua.org.internal.UnitStore;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;

@Service
public class BlocService {

    private final BlocStore blocs;
    private final UnitStore units;
    private final AuthorityService authorities;
    private final OrgPermissions permissions;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;
    private final int firstYear;
    private final List<MemberChangeGuard> guards;

    BlocService(
            BlocStore blocs,
            UnitStore units,
            AuthorityService authorities,
            OrgPermissions permissions,
            Checks checks,
            Messages messages,
            Clock clock,
            @Value("${thidua.registry.min-year}") int firstYear,
            List<MemberChangeGuard> guards) {
        this.guards = guards;
        this.blocs = blocs;
        this.units = units;
        this.authorities = authorities;
        this.permissions = permissions;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
        this.firstYear = firstYear;
    }

    /** Blocs by name or authority name (diacritics ignored); a council member sees the blocs it follows. */
    @Transactional(readOnly = true)
    public List<BlocView> search(CurrentUser user, String query, Long authorityId) {
        return blocs.search(query, authorityId, followedBy(user));
    }

    @Transactional(readOnly = true)
    public BlocView get(long id) {
        return blocs.find(id).orElseThrow(() -> new NotFoundException(messages.get("bloc.notFound", id)));
    }

    /** The bloc as this user may read it: a council member reads only the blocs it follows. */
    @Transactional(readOnly = true)
    public BlocView get(CurrentUser user, long id) {
        BlocView bloc = get(id);
        permissions.requireRead(user, bloc.id(), councilMember -> blocs.followedBy(bloc.id(), councilMember));
        return bloc;
    }

    @Transactional
    public BlocView create(CurrentUser user, BlocCommand command) {
        Checks.Collector check = checks.of(command);
        if (command.authorityId() != null) {
            AuthorityView owner = authorities.get(command.authorityId());
            permissions.requireManage(user, owner.id());
            checkBloc(check, command, owner, null);
        }
        check.throwIfInvalid();
        try {
            return get(blocs.insert(command));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(new Violation(
                    "name",
                    messages.get(
                            "bloc.name.taken",
                            command.name().trim(),
                            authorities.get(command.authorityId()).name()))));
        }
    }

    @Transactional
    public BlocView update(CurrentUser user, long id, BlocCommand asked) {
        BlocView current = get(id);
        permissions.requireManage(user, current.authorityId());
        boolean movesAuthority = asked.authorityId() != null && asked.authorityId() != current.authorityId();
        BlocCommand command = asked.withAuthorityId(current.authorityId());
        Checks.Collector check = checks.of(command);
        if (movesAuthority) {
            check.reject("authorityId", "bloc.authority.unchangeable");
        }
        checkBloc(check, command, authorities.get(current.authorityId()), id);
        if (command.kind() != null && command.kind() != current.kind() && blocs.hasYears(id)) {
            check.reject("kind", "bloc.kind.unchangeable");
        }
        check.throwIfInvalid();
        if (!blocs.update(id, command)) {
            throw new OptimisticLockingFailureException("bloc " + id + " changed");
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<BlocYearView> years(CurrentUser user, long blocId) {
        get(user, blocId);
        return blocs.years(blocId);
    }

    /**
     * The years of blocs this user has read from {@link #search} (each already within its reach), by bloc id,
     * latest first: one query for all of them rather than one bloc at a time.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<BlocYearView>> yearsOf(CurrentUser user, List<BlocView> readable) {
        List<Long> ids = new ArrayList<>();
        for (BlocView bloc : readable) {
            permissions.requireRead(user, bloc.id(), councilMember -> blocs.followedBy(bloc.id(), councilMember));
            ids.add(bloc.id());
        }
        return blocs.years(ids);
    }

    @Transactional(readOnly = true)
    public BlocYearView year(CurrentUser user, long blocId, int year) {
        get(user, blocId);
        return year(blocId, year);
    }

    /**
     * The user's standing in a bloc year, refused when it has none: not the board, not a member's
     * officer, not the council member following the bloc.
     */
    @Transactional(readOnly = true)
    public BlocYearScope scope(CurrentUser user, long yearId) {
        BlocYearScope scope = standing(user, yearId);
        if (!scope.canRead()) {
            throw new AccessDeniedException("no standing in bloc year " + yearId);
        }
        return scope;
    }

    /** The user's standing in a bloc year, empty when it has none (for features that grant standing of their own). */
    @Transactional(readOnly = true)
    public Optional<BlocYearScope> scopeIfAny(CurrentUser user, long yearId) {
        BlocYearScope scope = standing(user, yearId);
        return scope.canRead() ? Optional.of(scope) : Optional.empty();
    }

    /**
     * The authority a bloc year belongs to (for an audit row written on behalf of someone with no scope of its own).
     */
    @Transactional(readOnly = true)
    public long authorityOfYear(long yearId) {
        BlocYearView year = blocs.yearById(yearId)
                .orElseThrow(() -> new NotFoundException(messages.get("blocYear.notFoundId", yearId)));
        return get(year.blocId()).authorityId();
    }

    /**
     * A bloc year by id without a check of the user's standing in it: only for a feature that has
     * already granted standing of its own in something of that year (a council member's vote).
     */
    @Transactional(readOnly = true)
    public BlocYearView yearById(long yearId) {
        return blocs.yearById(yearId)
                .orElseThrow(() -> new NotFoundException(messages.get("blocYear.notFoundId", yearId)));
    }

    private BlocYearScope standing(CurrentUser user, long yearId) {
        BlocYearView year = blocs.yearById(yearId)
                .orElseThrow(() -> new NotFoundException(messages.get("blocYear.notFoundId", yearId)));
        BlocView bloc = get(year.blocId());
        Long member = user.role() == Role.UNIT_OFFICER
                        && user.unitId() != null
                        && year.members().stream().anyMatch(m -> m.id() == user.unitId())
                ? user.unitId()
                : null;
        boolean follower = user.role() == Role.COUNCIL_MEMBER
                && year.councilMember() != null
                && user.councilMemberId() != null
                && year.councilMember().id() == user.councilMemberId();
        return new BlocYearScope(bloc, year, permissions.canManage(user, bloc.authorityId()), member, follower);
    }

    BlocYearView year(long blocId, int year) {
        return blocs.year(blocId, year)
                .orElseThrow(() -> new NotFoundException(messages.get("blocYear.notFound", String.valueOf(year))));
    }

    /** The units that may be members: the owner's units, or every province's units for a sector region. */
    @Transactional(readOnly = true)
    public List<UnitView> candidateMembers(long blocId) {
        BlocView bloc = get(blocId);
        return units.search("", bloc.kind().spansProvinces() ? null : bloc.authorityId(), 2000);
    }

    @Transactional(readOnly = true)
    public List<CouncilMemberView> candidateCouncilMembers(long blocId) {
        BlocView bloc = get(blocId);
        return authorities.councilMembers(bloc.authorityId());
    }

    @Transactional
    public BlocYearView createYear(CurrentUser user, long blocId, BlocYearCommand command) {
        BlocView bloc = get(blocId);
        permissions.requireManage(user, bloc.authorityId());
        Checks.Collector check = checks.of(command);
        if (command.year() != null && blocs.year(blocId, command.year()).isPresent()) {
            check.reject("year", "blocYear.year.exists", String.valueOf(command.year()));
        }
        checkYear(check, bloc, command);
        check.throwIfInvalid();
        long yearId = saving(() -> blocs.insertYear(blocId, bloc.kind(), command), command.year());
        saving(
                () -> {
                    blocs.replaceMembers(yearId, command.year(), bloc.kind(), members(command));
                    return yearId;
                },
                command.year());
        return year(blocId, command.year());
    }

    @Transactional
    public BlocYearView updateYear(CurrentUser user, long blocId, int year, BlocYearCommand asked) {
        BlocView bloc = get(blocId);
        permissions.requireManage(user, bloc.authorityId());
        BlocYearView current = year(blocId, year);
        boolean changesYear = asked.year() != null && asked.year() != year;
        BlocYearCommand command = asked.withYear(year);
        Checks.Collector check = checks.of(command);
        if (changesYear) {
            check.reject("year", "blocYear.year.unchangeable");
        }
        checkYear(check, bloc, command);
        Set<Long> before =
                new LinkedHashSet<>(current.members().stream().map(UnitRef::id).toList());
        Set<Long> after = members(command);
        Set<Long> removed = new LinkedHashSet<>(before);
        removed.removeAll(after);
        Set<Long> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        if (!removed.isEmpty() || !added.isEmpty()) {
            BlocYearId changed = new BlocYearId(current.id());
            Set<UnitId> leaving = unitIds(removed);
            Set<UnitId> joining = unitIds(added);
            guards.forEach(g -> g.refuse(changed, leaving, joining)
                    .ifPresent(reason -> check.add(new Violation("memberUnitIds", reason))));
        }
        check.throwIfInvalid();
        if (!blocs.updateYear(current.id(), command)) {
            throw new OptimisticLockingFailureException("bloc year " + current.id() + " changed");
        }
        saving(
                () -> {
                    blocs.replaceMembers(current.id(), year, bloc.kind(), members(command));
                    return current.id();
                },
                year);
        return year(blocId, year);
    }

    /** Next year's bloc year, prefilled from this one (members, leader, deputy, council member, quota). */
    @Transactional(readOnly = true)
    public BlocYearCommand proposeNextYear(long blocId) {
        get(blocId);
        List<BlocYearView> years = blocs.years(blocId);
        if (years.isEmpty()) {
            BlocYearCommand first = new BlocYearCommand(Year.now(clock).getValue(), List.of(), null, null);
            return first;
        }
        return BlocYearCommand.of(years.get(0)).carriedTo(years.get(0).year() + 1);
    }

    private void checkBloc(Checks.Collector check, BlocCommand command, AuthorityView owner, Long exceptId) {
        if (command.kind() != null) {
            addViolations(check, BlocYearRules.checkOwner(command.kind(), owner.kind() == AuthorityKind.MINISTRY));
        }
        if (!check.hasErrorOn("name") && blocs.nameTaken(owner.id(), command.name(), exceptId)) {
            check.reject("name", "bloc.name.taken", command.name().trim(), owner.name());
        }
    }

    private void checkYear(Checks.Collector check, BlocView bloc, BlocYearCommand command) {
        if (command.year() == null) {
            return;
        }
        Set<Long> memberIds = members(command);
        Map<Long, UnitView> found =
                units.findAll(memberIds).stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        if (found.size() != memberIds.size()) {
            check.reject("memberUnitIds", "blocYear.member.unknown");
        }
        List<MemberCandidate> candidates = found.values().stream()
                .map(u -> new MemberCandidate(u.id(), u.name(), u.authorityId(), u.endedOn()))
                .toList();
        BlocYearDraft draft = new BlocYearDraft(
                command.year(),
                bloc.kind(),
                bloc.authorityId(),
                candidates,
                command.leaderUnitId(),
                command.deputyUnitId(),
                command.flagQuota());
        addViolations(check, BlocYearRules.check(draft, yearRange()));
        for (String[] conflict : blocs.conflictingMemberships(memberIds, command.year(), bloc.kind(), bloc.id())) {
            check.reject(
                    "memberUnitIds",
                    "blocYear.member.inOtherBloc",
                    conflict[0],
                    conflict[1],
                    String.valueOf(command.year()));
        }
        if (command.councilMemberId() != null
                && authorities.councilMembers(bloc.authorityId()).stream()
                        .noneMatch(c -> c.id() == command.councilMemberId())) {
            check.reject("councilMemberId", "blocYear.councilMember.otherAuthority");
        }
    }

    YearRange yearRange() {
        return new YearRange(firstYear, Year.now(clock).getValue() + 1);
    }

    private static Set<Long> members(BlocYearCommand command) {
        return new LinkedHashSet<>(command.memberUnitIds());
    }

    private void addViolations(Checks.Collector check, List<RuleViolation> violations) {
        violations.forEach(v -> check.reject(v.field(), v.code(), v.args().toArray()));
    }

    /** The database is the last guard against a race between two editors of neighbouring blocs. */
    private long saving(LongSupplier write, int year) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException e) {
            boolean member =
                    String.valueOf(e.getMostSpecificCause().getMessage()).contains("bloc_member_one_bloc_per_kind");
            throw new InvalidInputException(List.of(
                    member
                            ? new Violation("memberUnitIds", messages.get("blocYear.member.inOtherBlocRace"))
                            : new Violation("year", messages.get("blocYear.year.exists", year))));
        }
    }

    private Long followedBy(CurrentUser user) {
        return user != null && user.role() == Role.COUNCIL_MEMBER ? user.councilMemberId() : null;
    }

    /** The ids that can be a unit's; any other was already refused as no unit of the authority (checkYear). */
    private static Set<UnitId> unitIds(Set<Long> ids) {
        Set<UnitId> units = new LinkedHashSet<>();
        ids.stream().filter(id -> id != null && id > 0).forEach(id -> units.add(new UnitId(id)));
        return units;
    }
}
