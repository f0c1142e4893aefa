package vn.thidua.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.internal.BlocStore;
import vn.thidua.org.internal.UnitStore;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.text.Dates;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;

@Service
public class UnitService {

    public static final int SEARCH_LIMIT = 200;

    private final UnitStore units;
    private final BlocStore blocs;
    private final AuthorityService authorities;
    private final OrgPermissions permissions;
    private final Checks checks;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final Dates dates;

    UnitService(
            UnitStore units,
            BlocStore blocs,
            AuthorityService authorities,
            OrgPermissions permissions,
            Checks checks,
            Messages messages,
            AuditLog audit,
            Clock clock,
            Dates dates) {
        this.audit = audit;
        this.clock = clock;
        this.dates = dates;
        this.units = units;
        this.blocs = blocs;
        this.authorities = authorities;
        this.permissions = permissions;
        this.checks = checks;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<UnitView> search(String query, Long authorityId) {
        return units.search(query, authorityId, SEARCH_LIMIT);
    }

    /** Every active unit of every authority, for choosing a successor (no search limit). */
    @Transactional(readOnly = true)
    public List<UnitView> activeUnits() {
        return units.search("", null, Integer.MAX_VALUE).stream()
                .filter(UnitView::active)
                .toList();
    }

    /** Every unit of one authority, ended ones included (no search limit). */
    @Transactional(readOnly = true)
    public List<UnitView> ofAuthority(long authorityId) {
        return units.search("", authorityId, Integer.MAX_VALUE);
    }

    /**
     * The authority a person belongs to: its unit's (an officer), its council's (a council member), or its own (a
     * board; none for an administrator).
     */
    @Transactional(readOnly = true)
    public Long authorityOf(CurrentUser user) {
        if (user.unitId() != null) {
            return get(user.unitId()).authorityId();
        }
        if (user.councilMemberId() != null) {
            return authorities.councilMember(user.councilMemberId()).authorityId();
        }
        return user.authorityId();
    }

    @Transactional(readOnly = true)
    public UnitView get(long id) {
        return units.find(id).orElseThrow(() -> new NotFoundException(messages.get("unit.notFound", id)));
    }

    @Transactional
    public UnitView create(CurrentUser user, UnitCommand command) {
        Checks.Collector check = checks.of(command);
        if (command.authorityId() != null) {
            authorities.get(command.authorityId());
            permissions.requireManage(user, command.authorityId());
            rejectTakenName(check, command, null);
        }
        check.throwIfInvalid();
        try {
            return get(units.insert(command));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(new Violation(
                    "name", messages.get("unit.name.taken", command.name().trim()))));
        }
    }

    @Transactional
    public UnitView update(CurrentUser user, long id, UnitCommand asked) {
        UnitView current = get(id);
        permissions.requireEditUnit(user, current);
        boolean movesAuthority = asked.authorityId() != null && asked.authorityId() != current.authorityId();
        UnitCommand command = asked.withAuthorityId(current.authorityId());
        Checks.Collector check = checks.of(command);
        if (movesAuthority) {
            check.reject("authorityId", "unit.authority.unchangeable");
        }
        rejectTakenName(check, command, id);
        check.throwIfInvalid();
        if (!units.update(id, command)) {
            throw new OptimisticLockingFailureException("unit " + id + " changed since version " + command.version());
        }
        return get(id);
    }

    /**
     * Records a rename, merger or split. The predecessor's history (bloc years, and later awards)
     * then shows on the successor's page; a renamed or merged unit stops being active.
     */
    @Transactional
    public UnitSuccessionView recordSuccession(CurrentUser user, long predecessorId, SuccessionCommand command) {
        UnitView predecessor = get(predecessorId);
        permissions.requireManage(user, predecessor.authorityId());
        Checks.Collector check = checks.of(command);
        if (command.successorUnitId() != null) {
            UnitView successor = get(command.successorUnitId());
            permissions.requireManage(user, successor.authorityId());
            if (successor.id() == predecessor.id()) {
                check.reject("successorUnitId", "succession.successor.self");
            } else if (units.lineage(predecessor.id()).contains(successor.id())) {
                check.reject("successorUnitId", "succession.successor.cycle", successor.name());
            } else if (units.successionExists(predecessor.id(), successor.id())) {
                check.reject("successorUnitId", "succession.exists", successor.name());
            }
        }
        if (!predecessor.active() && command.kind() != null && command.kind() != SuccessionKind.SPLIT_INTO) {
            check.reject("kind", "succession.predecessor.ended", predecessor.name());
        }
        LocalDate latest = LocalDate.now(clock).plusDays(AuthoritySuccessions.DAYS_AHEAD);
        if (command.effectiveOn() != null && command.effectiveOn().isAfter(latest)) {
            check.reject("effectiveOn", "succession.effectiveOn.tooFar", dates.day(latest));
        } else if (command.effectiveOn() != null && command.effectiveOn().isBefore(AuthoritySuccessions.EARLIEST)) {
            check.reject("effectiveOn", "succession.effectiveOn.tooEarly", dates.day(AuthoritySuccessions.EARLIEST));
        }
        check.throwIfInvalid();
        units.insertSuccession(
                predecessor.id(),
                command.successorUnitId(),
                command.kind(),
                command.effectiveOn(),
                command.legalBasis());
        if (command.kind() != SuccessionKind.SPLIT_INTO) {
            units.end(predecessor.id(), command.effectiveOn());
        }
        UnitSuccessionView recorded = units.successions(List.of(predecessor.id())).stream()
                .filter(s -> s.successor().id() == command.successorUnitId())
                .findFirst()
                .orElseThrow();
        audit.record(AuditEvent.by(
                user,
                AuditAction.UNIT_SUCCESSION,
                predecessor.authorityId(),
                "đơn vị " + predecessor.id(),
                messages.get(
                        "unit.succession.audit",
                        predecessor.name(),
                        predecessor.authorityName(),
                        messages.get("successionKind." + command.kind()).toLowerCase(Messages.VIETNAMESE),
                        recorded.successor().name(),
                        recorded.successor().authorityName(),
                        dates.day(command.effectiveOn()),
                        recorded.legalBasis() == null ? "" : " (" + recorded.legalBasis() + ")")));
        return recorded;
    }

    /** The unit and every unit it continues (renamed, merged or split from), however many steps back. */
    @Transactional(readOnly = true)
    public List<Long> lineage(long id) {
        return units.lineage(get(id).id());
    }

    /** The unit's history: the successions around it and its years in blocs, its predecessors' included. */
    @Transactional(readOnly = true)
    public UnitHistory history(long id) {
        UnitView unit = get(id);
        List<Long> lineage = units.lineage(unit.id());
        List<Long> around = new ArrayList<>(lineage);
        around.addAll(units.descendants(unit.id()));
        List<UnitView> successors = units.findAll(units.descendants(unit.id()));
        return new UnitHistory(unit, units.successions(around), blocs.memberships(lineage), successors);
    }

    private void rejectTakenName(Checks.Collector check, UnitCommand command, Long exceptId) {
        if (!check.hasErrorOn("name") && units.activeNameTaken(command.authorityId(), command.name(), exceptId)) {
            check.reject("name", "unit.name.taken", command.name().trim());
        }
    }

    public record UnitHistory(
            UnitView unit,
            List<UnitSuccessionView> successions,
            List<UnitMembershipView> memberships,
            List<UnitView> successors) {}
}
