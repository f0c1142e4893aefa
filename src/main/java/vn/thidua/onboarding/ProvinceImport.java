package vn.thidua.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.accounts.AccountChange;
import vn.thidua.accounts.AccountCommand;
import vn.thidua.accounts.AccountCreated;
import vn.thidua.accounts.AccountService;
import vn.thidua.accounts.AccountView;
import vn.thidua.onboarding.OnboardingReport.CellError;
import vn.thidua.onboarding.OnboardingReport.Outcome;
import vn.thidua.onboarding.OnboardingReport.RowReport;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.NameKey;
import vn.thidua.onboarding.domain.Problem;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.ProvinceWorkbook;
import vn.thidua.onboarding.domain.Rows.AccountRow;
import vn.thidua.onboarding.domain.Rows.AuthorityRow;
import vn.thidua.onboarding.domain.Rows.BlocRow;
import vn.thidua.onboarding.domain.Rows.CouncilRow;
import vn.thidua.onboarding.domain.Rows.UnitRow;
import vn.thidua.onboarding.domain.WorkbookRules;
import vn.thidua.org.AuthorityCommand;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.CouncilMemberCommand;
import vn.thidua.org.CouncilMemberView;
import vn.thidua.org.OrgPermissions;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitRef;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;

/**
 * One run of an import, inside the transaction the service opened: each row is matched by its
 * natural key and written through the registry's and the accounts' own services, each in a
 * savepoint, so that a refused row is noted and the next one still checked. The caller rolls the
 * whole transaction back when any row is wrong. New accounts are created last, and only when every
 * other row went through: their activation links are mailed at creation and must not go out for an
 * import that is then undone.
 */
final class ProvinceImport {

    record Services(
            AuthorityService authorities,
            UnitService units,
            BlocService blocs,
            AccountService accounts,
            OrgPermissions permissions,
            Messages messages,
            AuditLog audit,
            TransactionTemplate savepoint) {}

    /** What a name in the workbook points to. */
    private sealed interface Ref permits Found, Broken, Unknown {}

    private record Found(long id) implements Ref {}

    /** A row of the workbook that was to create it, and is wrong. */
    private record Broken(ProvinceSheet sheet, int row) implements Ref {}

    private record Unknown() implements Ref {}

    private static final Ref UNKNOWN = new Unknown();

    private static final Map<ProvinceSheet, Map<String, Column>> FIELDS = Map.of(
            ProvinceSheet.AUTHORITY,
                    Map.of("code", Column.AUTHORITY_CODE, "name", Column.AUTHORITY_NAME, "kind", Column.AUTHORITY_KIND),
            ProvinceSheet.UNITS,
                    Map.of(
                            "name",
                            Column.UNIT_NAME,
                            "shortName",
                            Column.UNIT_SHORT_NAME,
                            "kind",
                            Column.UNIT_KIND,
                            "email",
                            Column.UNIT_EMAIL,
                            "phone",
                            Column.UNIT_PHONE),
            ProvinceSheet.COUNCIL, Map.of("fullName", Column.COUNCIL_NAME, "position", Column.COUNCIL_POSITION),
            ProvinceSheet.BLOCS,
                    Map.of(
                            "name",
                            Column.BLOC_NAME,
                            "kind",
                            Column.BLOC_KIND,
                            "year",
                            Column.BLOC_YEAR,
                            "memberUnitIds",
                            Column.BLOC_MEMBERS,
                            "leaderUnitId",
                            Column.BLOC_LEADER,
                            "deputyUnitId",
                            Column.BLOC_DEPUTY,
                            "councilMemberId",
                            Column.BLOC_COUNCIL_MEMBER),
            ProvinceSheet.ACCOUNTS,
                    Map.of(
                            "username",
                            Column.ACCOUNT_USERNAME,
                            "fullName",
                            Column.ACCOUNT_FULL_NAME,
                            "email",
                            Column.ACCOUNT_EMAIL,
                            "role",
                            Column.ACCOUNT_ROLE,
                            "authorityId",
                            Column.ACCOUNT_SCOPE,
                            "unitId",
                            Column.ACCOUNT_SCOPE,
                            "councilMemberId",
                            Column.ACCOUNT_SCOPE,
                            "enabled",
                            Column.ACCOUNT_USERNAME));

    /** One row of the report as the run writes it. */
    private final class Entry {
        final ProvinceSheet sheet;
        final int row;
        final String name;
        final List<CellError> errors = new ArrayList<>();
        Outcome outcome;
        Outcome blocOutcome;
        String note;
        String link;

        Entry(ProvinceSheet sheet, int row, String name) {
            this.sheet = sheet;
            this.row = row;
            this.name = name;
        }

        boolean wrong() {
            return !errors.isEmpty();
        }

        void fail(Column column, String message) {
            errors.add(new CellError(sheet.title(), row, column == null ? null : column.heading(), message));
        }

        void problem(Column column, String code, Object... args) {
            fail(column, services.messages().get(code, args));
        }

        /** A row it names is wrong, so this one could not be compared; the first such row is named. */
        void dependsOn(Broken broken) {
            if (note == null) {
                note = services.messages()
                        .get("onboarding.row.dependsOn", broken.sheet().title(), broken.row());
            }
            outcome = Outcome.NOT_CHECKED;
        }

        RowReport report() {
            Outcome shown = wrong() ? Outcome.ERROR : outcome == null ? Outcome.NOT_CHECKED : outcome;
            return new RowReport(sheet.title(), row, name, shown, errors, note, link);
        }
    }

    private record PendingAccount(Entry entry, AccountCommand command) {}

    private record YearPlan(Entry entry, BlocRow row, long blocId, BlocYearView current, BlocYearCommand wanted) {}

    private final Services services;
    private final CurrentUser user;
    private final ProvinceWorkbook book;
    private final ImportProgress progress;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final int total;
    private int done;

    private AuthorityView authority;
    private final Map<String, Integer> unitRows = new HashMap<>();
    private final Map<Integer, Long> unitIds = new HashMap<>();
    private final Map<String, UnitView> activeUnits = new HashMap<>();
    private final Map<String, UnitView> endedUnits = new HashMap<>();
    private final Map<String, Set<String>> shortNames = new HashMap<>();
    private List<UnitView> everyUnit;
    private final Map<String, Integer> councilRows = new HashMap<>();
    private final Map<Integer, Long> councilIds = new HashMap<>();
    private final Map<String, CouncilMemberView> existingCouncil = new HashMap<>();
    private final List<PendingAccount> pending = new ArrayList<>();

    ProvinceImport(Services services, CurrentUser user, ProvinceWorkbook book, ImportProgress progress) {
        this.services = services;
        this.user = user;
        this.book = book;
        this.progress = progress;
        // every account row twice: checked, then created or counted
        this.total = book.rowCount() + book.accounts().size();
    }

    OnboardingReport run() {
        entries();
        progress.update(0, total);
        if (authority()) {
            units();
            council();
            blocs();
            accounts();
            if (clean()) {
                createAccounts();
            }
            if (clean()) {
                audit();
            }
        }
        progress.update(total, total);
        return OnboardingReport.of(
                authority == null ? null : authority.id(),
                authority == null ? null : authority.name(),
                entries.values().stream().map(Entry::report).toList());
    }

    private void entries() {
        AuthorityRow a = book.authority();
        add(ProvinceSheet.AUTHORITY, a.row(), a.name().isEmpty() ? a.code() : a.name());
        book.units().forEach(u -> add(ProvinceSheet.UNITS, u.row(), u.name()));
        book.council().forEach(c -> add(ProvinceSheet.COUNCIL, c.row(), c.fullName()));
        book.blocs()
                .forEach(b -> add(ProvinceSheet.BLOCS, b.row(), b.name() + (b.year() == null ? "" : " – " + b.year())));
        book.accounts()
                .forEach(x -> add(
                        ProvinceSheet.ACCOUNTS,
                        x.row(),
                        x.fullName().isEmpty() ? x.username() : x.fullName() + " (" + x.username() + ")"));
        List<Problem> problems = new ArrayList<>(book.problems());
        problems.addAll(WorkbookRules.check(book));
        for (Problem p : problems) {
            Entry entry = entries.computeIfAbsent(key(p.sheet(), p.row()), k -> new Entry(p.sheet(), p.row(), ""));
            entry.problem(p.column(), p.code(), p.args().toArray());
        }
    }

    private void add(ProvinceSheet sheet, int row, String name) {
        entries.put(key(sheet, row), new Entry(sheet, row, name));
    }

    private Entry entry(ProvinceSheet sheet, int row) {
        return entries.get(key(sheet, row));
    }

    private static String key(ProvinceSheet sheet, int row) {
        return sheet.name() + ":" + row;
    }

    private boolean clean() {
        return entries.values().stream().noneMatch(Entry::wrong);
    }

    private void step() {
        progress.update(++done, total);
    }

    // --- the authority: found by its code (a board's own when the code is left blank), created by the administrator

    private boolean authority() {
        AuthorityRow row = book.authority();
        Entry entry = entry(ProvinceSheet.AUTHORITY, row.row());
        String code = row.code().strip();
        Optional<AuthorityView> found = code.isEmpty()
                ? Optional.ofNullable(
                        user.role() == Role.BOARD && user.authorityId() != null
                                ? services.authorities().get(user.authorityId())
                                : null)
                : services.authorities().all().stream()
                        .filter(a -> a.code().equalsIgnoreCase(code))
                        .findFirst();
        if (found.isPresent()) {
            AuthorityView existing = found.get();
            if (!services.permissions().canManage(user, existing.id())) {
                throw refusedOutside();
            }
            authority = existing;
            if (!row.name().isEmpty() && !NameKey.of(row.name()).equals(NameKey.of(existing.name()))) {
                entry.problem(
                        Column.AUTHORITY_NAME, "onboarding.authority.nameDiffers", existing.code(), existing.name());
            }
            if (row.kind() != null && row.kind() != existing.kind()) {
                entry.problem(
                        Column.AUTHORITY_KIND,
                        "onboarding.authority.kindDiffers",
                        existing.name(),
                        services.messages().get("authorityKind." + existing.kind()));
            }
            entry.outcome = Outcome.UNCHANGED;
        } else if (code.isEmpty()) {
            entry.problem(Column.AUTHORITY_CODE, "authority.code.required");
        } else if (!user.isAdmin()) {
            throw refusedOutside();
        } else if (!entry.wrong()) {
            authority = attempt(
                    entry,
                    () -> services.authorities().create(user, new AuthorityCommand(code, row.name(), row.kind())));
            entry.outcome = Outcome.CREATED;
        }
        step();
        return authority != null;
    }

    private Refused refusedOutside() {
        return new Refused(
                "onboarding.refused.outsideAuthority", services.messages().get("onboarding.refused.outsideAuthority"));
    }

    // --- units: by name among the authority's active units

    private void units() {
        for (UnitView unit : services.units().ofAuthority(authority.id())) {
            String k = NameKey.of(unit.name());
            if (unit.active()) {
                activeUnits.putIfAbsent(k, unit);
            } else {
                endedUnits.merge(
                        k,
                        unit,
                        (a, b) -> a.endedOn() != null
                                        && b.endedOn() != null
                                        && b.endedOn().isAfter(a.endedOn())
                                ? b
                                : a);
            }
        }
        book.units().forEach(u -> {
            if (!u.name().isEmpty()) {
                unitRows.putIfAbsent(NameKey.of(u.name()), u.row());
            }
        });
        activeUnits.values().stream()
                .filter(u -> !unitRows.containsKey(NameKey.of(u.name())))
                .forEach(u -> shortName(u.shortName(), u.name()));
        book.units().forEach(u -> shortName(u.shortName(), u.name()));

        for (UnitRow row : book.units()) {
            Entry entry = entry(ProvinceSheet.UNITS, row.row());
            if (!entry.wrong()) {
                unit(row, entry);
            }
            step();
        }
    }

    private void shortName(String shortName, String name) {
        if (shortName != null && !shortName.isBlank()) {
            shortNames
                    .computeIfAbsent(NameKey.of(shortName), k -> new HashSet<>())
                    .add(NameKey.of(name));
        }
    }

    private void unit(UnitRow row, Entry entry) {
        String k = NameKey.of(row.name());
        UnitView current = activeUnits.get(k);
        if (current == null && endedUnits.containsKey(k)) {
            UnitView ended = endedUnits.get(k);
            entry.problem(
                    Column.UNIT_NAME,
                    "onboarding.unit.ended",
                    ended.name(),
                    ended.endedOn() == null
                            ? ""
                            : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                    .format(ended.endedOn()));
            return;
        }
        UnitCommand command = new UnitCommand(authority.id(), row.name(), blank(row.shortName()), row.kind());
        command.setEmail(blank(row.email()));
        command.setPhone(blank(row.phone()));
        if (current == null) {
            UnitView created = attempt(entry, () -> services.units().create(user, command));
            saved(entry, created == null ? null : created.id(), Outcome.CREATED);
        } else if (current.name().equals(row.name())
                && current.kind() == row.kind()
                && Objects.equals(current.shortName(), command.getShortName())
                && sameText(current.email(), command.getEmail())
                && Objects.equals(current.phone(), command.getPhone())) {
            saved(entry, current.id(), Outcome.UNCHANGED);
        } else {
            UnitView updated = attempt(entry, () -> services.units().update(user, current.id(), command));
            saved(entry, updated == null ? null : updated.id(), Outcome.UPDATED);
        }
    }

    private void saved(Entry entry, Long id, Outcome outcome) {
        if (id != null) {
            unitIds.put(entry.row, id);
            entry.outcome = outcome;
        }
    }

    /** A unit by its name or, failing that, by a short name only one unit has; an ended unit last (for a past year). */
    private Ref unitRef(String name, boolean anyProvince) {
        String k = NameKey.of(name);
        Ref ref = unitByKey(k);
        if (ref == UNKNOWN && shortNames.getOrDefault(k, Set.of()).size() == 1) {
            ref = unitByKey(shortNames.get(k).iterator().next());
        }
        if (ref == UNKNOWN && endedUnits.containsKey(k)) {
            ref = new Found(endedUnits.get(k).id());
        }
        if (ref == UNKNOWN && anyProvince) {
            ref = elsewhere(name);
        }
        return ref;
    }

    private Ref unitByKey(String k) {
        Integer row = unitRows.get(k);
        if (row != null) {
            Long id = unitIds.get(row);
            return id != null ? new Found(id) : new Broken(ProvinceSheet.UNITS, row);
        }
        UnitView active = activeUnits.get(k);
        return active != null ? new Found(active.id()) : UNKNOWN;
    }

    /** A sector region's member of another province, named "Tên đơn vị – Tên tỉnh". */
    private Ref elsewhere(String name) {
        int at = Math.max(name.lastIndexOf(" – "), name.lastIndexOf(" - "));
        if (at <= 0) {
            return UNKNOWN;
        }
        String unit = NameKey.of(name.substring(0, at));
        String owner = NameKey.of(name.substring(at + 3));
        if (everyUnit == null) {
            everyUnit = services.units().activeUnits();
        }
        return everyUnit.stream()
                .filter(u -> NameKey.of(u.name()).equals(unit)
                        && NameKey.of(u.authorityName()).equals(owner))
                .findFirst()
                .<Ref>map(u -> new Found(u.id()))
                .orElse(UNKNOWN);
    }

    // --- council members: by full name within the authority

    private void council() {
        Map<String, CouncilMemberView> existing = existingCouncil;
        services.authorities()
                .councilMembers(authority.id())
                .forEach(m -> existing.putIfAbsent(NameKey.of(m.fullName()), m));
        book.council().forEach(c -> {
            if (!c.fullName().isEmpty()) {
                councilRows.putIfAbsent(NameKey.of(c.fullName()), c.row());
            }
        });
        for (CouncilRow row : book.council()) {
            Entry entry = entry(ProvinceSheet.COUNCIL, row.row());
            if (!entry.wrong()) {
                CouncilMemberView current = existing.get(NameKey.of(row.fullName()));
                CouncilMemberCommand command = new CouncilMemberCommand(row.fullName(), blank(row.position()));
                CouncilMemberView saved;
                Outcome outcome;
                if (current == null) {
                    saved = attempt(
                            entry, () -> services.authorities().addCouncilMember(user, authority.id(), command));
                    outcome = Outcome.CREATED;
                } else if (current.fullName().equals(row.fullName())
                        && Objects.equals(current.position(), command.getPosition())) {
                    saved = current;
                    outcome = Outcome.UNCHANGED;
                } else {
                    saved = attempt(
                            entry, () -> services.authorities().updateCouncilMember(user, current.id(), command));
                    outcome = Outcome.UPDATED;
                }
                if (saved != null) {
                    councilIds.put(row.row(), saved.id());
                    entry.outcome = outcome;
                }
            }
            step();
        }
    }

    private Ref councilRef(String name) {
        String k = NameKey.of(name);
        Integer row = councilRows.get(k);
        if (row != null) {
            Long id = councilIds.get(row);
            return id != null ? new Found(id) : new Broken(ProvinceSheet.COUNCIL, row);
        }
        CouncilMemberView existing = existingCouncil.get(k);
        return existing != null ? new Found(existing.id()) : UNKNOWN;
    }

    // --- blocs and their years: a bloc by its name within the authority, a year by bloc and year

    private void blocs() {
        Map<String, BlocView> existing = new HashMap<>();
        services.blocs().search(user, "", authority.id()).forEach(b -> existing.putIfAbsent(NameKey.of(b.name()), b));
        Map<String, Long> blocIds = new HashMap<>();
        Map<String, BlocKind> blocKinds = new HashMap<>();
        Map<String, Broken> brokenBlocs = new HashMap<>();
        for (BlocRow row : book.blocs()) {
            String k = NameKey.of(row.name());
            if (k.isEmpty() || row.kind() == null || blocIds.containsKey(k) || brokenBlocs.containsKey(k)) {
                continue;
            }
            Entry entry = entry(ProvinceSheet.BLOCS, row.row());
            BlocView current = existing.get(k);
            BlocView saved;
            if (current == null) {
                saved = attempt(
                        entry,
                        () -> services.blocs()
                                .create(user, new BlocCommand(authority.id(), row.name(), row.kind(), null)));
                entry.blocOutcome = Outcome.CREATED;
            } else if (current.name().equals(row.name()) && current.kind() == row.kind()) {
                saved = current;
                entry.blocOutcome = Outcome.UNCHANGED;
            } else {
                saved = attempt(
                        entry,
                        () -> services.blocs()
                                .update(
                                        user,
                                        current.id(),
                                        new BlocCommand(
                                                authority.id(), row.name(), row.kind(), current.description())));
                entry.blocOutcome = Outcome.UPDATED;
            }
            if (saved == null) {
                brokenBlocs.put(k, new Broken(ProvinceSheet.BLOCS, row.row()));
            } else {
                blocIds.put(k, saved.id());
                blocKinds.put(k, saved.kind());
            }
        }

        List<YearPlan> plans = new ArrayList<>();
        Map<Long, Map<Integer, BlocYearView>> years = new HashMap<>();
        for (BlocRow row : book.blocs()) {
            Entry entry = entry(ProvinceSheet.BLOCS, row.row());
            String k = NameKey.of(row.name());
            if (entry.wrong() || !blocIds.containsKey(k)) {
                if (!entry.wrong() && brokenBlocs.containsKey(k)) {
                    entry.dependsOn(brokenBlocs.get(k));
                }
                step();
                continue;
            }
            long blocId = blocIds.get(k);
            BlocYearCommand wanted = yearCommand(row, entry, blocKinds.get(k));
            if (wanted == null) {
                step();
                continue;
            }
            BlocYearView current = years.computeIfAbsent(blocId, id -> {
                        Map<Integer, BlocYearView> byYear = new HashMap<>();
                        if (existing.values().stream().anyMatch(b -> b.id() == id)) {
                            services.blocs().years(user, id).forEach(y -> byYear.put(y.year(), y));
                        }
                        return byYear;
                    })
                    .get(row.year());
            if (current != null) {
                wanted.setFlagQuota(current.flagQuota());
                wanted.setNote(current.note());
            }
            plans.add(new YearPlan(entry, row, blocId, current, wanted));
        }
        Set<YearPlan> vacated = vacate(plans, blocKinds);
        for (YearPlan plan : plans) {
            Entry entry = plan.entry();
            if (!entry.wrong()) {
                Outcome outcome;
                BlocYearView saved;
                if (plan.current() == null) {
                    saved = attempt(entry, () -> services.blocs().createYear(user, plan.blocId(), plan.wanted()));
                    outcome = Outcome.CREATED;
                } else if (!vacated.contains(plan) && same(plan.current(), plan.wanted())) {
                    saved = plan.current();
                    outcome = Outcome.UNCHANGED;
                } else {
                    saved = attempt(
                            entry,
                            () -> services.blocs()
                                    .updateYear(user, plan.blocId(), plan.row().year(), plan.wanted()));
                    outcome = Outcome.UPDATED;
                }
                if (saved != null) {
                    entry.outcome = combined(entry.blocOutcome, outcome);
                }
            }
            step();
        }
    }

    /** The year's command with every name resolved to its id; null when a name is unknown or its row is wrong. */
    private BlocYearCommand yearCommand(BlocRow row, Entry entry, BlocKind kind) {
        boolean anyProvince = kind.spansProvinces();
        List<Long> members = new ArrayList<>();
        boolean resolved = true;
        for (String member : row.members()) {
            resolved &= take(
                    entry,
                    unitRef(member, anyProvince),
                    Column.BLOC_MEMBERS,
                    "onboarding.unit.unknown",
                    member,
                    members::add);
        }
        Long[] leader = {null};
        Long[] deputy = {null};
        Long[] follower = {null};
        if (!row.leader().isEmpty()) {
            resolved &= take(
                    entry,
                    unitRef(row.leader(), anyProvince),
                    Column.BLOC_LEADER,
                    "onboarding.unit.unknown",
                    row.leader(),
                    id -> leader[0] = id);
        }
        if (!row.deputy().isEmpty()) {
            resolved &= take(
                    entry,
                    unitRef(row.deputy(), anyProvince),
                    Column.BLOC_DEPUTY,
                    "onboarding.unit.unknown",
                    row.deputy(),
                    id -> deputy[0] = id);
        }
        if (!row.councilMember().isEmpty()) {
            resolved &= take(
                    entry,
                    councilRef(row.councilMember()),
                    Column.BLOC_COUNCIL_MEMBER,
                    "onboarding.council.unknown",
                    row.councilMember(),
                    id -> follower[0] = id);
        }
        if (!resolved) {
            return null;
        }
        BlocYearCommand command = new BlocYearCommand(row.year(), members, leader[0], deputy[0]);
        command.setCouncilMemberId(follower[0]);
        return command;
    }

    /**
     * Units moving between two blocs of the workbook of the same kind and year are first taken out
     * of the bloc they leave, so that whichever bloc is saved first, no unit is in two at once.
     */
    private Set<YearPlan> vacate(List<YearPlan> plans, Map<String, BlocKind> kinds) {
        Map<String, Set<Long>> wantedBySlot = new HashMap<>();
        for (YearPlan plan : plans) {
            wantedBySlot
                    .computeIfAbsent(slot(plan, kinds), s -> new HashSet<>())
                    .addAll(plan.wanted().getMemberUnitIds());
        }
        Set<YearPlan> vacated = new HashSet<>();
        for (YearPlan plan : plans) {
            if (plan.current() == null) {
                continue;
            }
            Set<Long> moving = new LinkedHashSet<>(ids(plan.current().members()));
            moving.removeAll(plan.wanted().getMemberUnitIds());
            moving.retainAll(wantedBySlot.get(slot(plan, kinds)));
            Set<Long> staying = new LinkedHashSet<>(ids(plan.current().members()));
            staying.removeAll(moving);
            if (moving.isEmpty() || staying.isEmpty()) {
                continue;
            }
            BlocYearView current = plan.current();
            BlocYearCommand first = BlocYearCommand.of(current);
            first.setMemberUnitIds(new ArrayList<>(staying));
            first.setLeaderUnitId(
                    current.leader() != null
                                    && staying.contains(current.leader().id())
                            ? current.leader().id()
                            : null);
            first.setDeputyUnitId(
                    current.deputy() != null
                                    && staying.contains(current.deputy().id())
                            ? current.deputy().id()
                            : null);
            first.setFlagQuota(current.flagQuota() == null ? null : Math.min(current.flagQuota(), staying.size()));
            first.setVersion(null);
            if (attempt(plan.entry(), () -> services.blocs().updateYear(user, plan.blocId(), current.year(), first))
                    != null) {
                vacated.add(plan);
            }
        }
        return vacated;
    }

    private static String slot(YearPlan plan, Map<String, BlocKind> kinds) {
        return kinds.get(NameKey.of(plan.row().name())) + "|" + plan.row().year();
    }

    private static List<Long> ids(List<UnitRef> units) {
        return units.stream().map(UnitRef::id).toList();
    }

    private static boolean same(BlocYearView current, BlocYearCommand wanted) {
        return new HashSet<>(ids(current.members())).equals(new HashSet<>(wanted.getMemberUnitIds()))
                && Objects.equals(
                        current.leader() == null ? null : current.leader().id(), wanted.getLeaderUnitId())
                && Objects.equals(
                        current.deputy() == null ? null : current.deputy().id(), wanted.getDeputyUnitId())
                && Objects.equals(
                        current.councilMember() == null
                                ? null
                                : current.councilMember().id(),
                        wanted.getCouncilMemberId());
    }

    private static Outcome combined(Outcome bloc, Outcome year) {
        if (bloc == Outcome.CREATED || year == Outcome.CREATED) {
            return Outcome.CREATED;
        }
        return bloc == Outcome.UPDATED || year == Outcome.UPDATED ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** Hands a found id on; otherwise notes why not (an unknown name, or the wrong row that was to create it). */
    private boolean take(Entry entry, Ref ref, Column column, String unknownCode, String name, LongConsumer found) {
        if (ref instanceof Found f) {
            found.accept(f.id());
            return true;
        }
        if (ref instanceof Broken broken) {
            entry.dependsOn(broken);
        } else {
            entry.problem(column, unknownCode, name, authority.name());
        }
        return false;
    }

    // --- accounts: by username, within the rules of AccountService and AccountGrants

    private void accounts() {
        for (AccountRow row : book.accounts()) {
            Entry entry = entry(ProvinceSheet.ACCOUNTS, row.row());
            if (!entry.wrong()) {
                account(row, entry);
            }
            step();
        }
    }

    private void account(AccountRow row, Entry entry) {
        Role role = Role.valueOf(row.role());
        AccountCommand command =
                new AccountCommand(row.username(), row.fullName(), role, null, null, null, blank(row.email()));
        String scope = row.scope();
        boolean resolved = true;
        switch (role) {
            case BOARD, DECIDER -> {
                if (!scope.isEmpty()
                        && !NameKey.of(scope).equals(NameKey.of(authority.name()))
                        && !scope.equalsIgnoreCase(authority.code())) {
                    entry.problem(Column.ACCOUNT_SCOPE, "onboarding.account.scopeAuthority", authority.name());
                    resolved = false;
                }
                command.setAuthorityId(authority.id());
            }
            case UNIT_OFFICER ->
                resolved = !scope.isEmpty()
                        && take(
                                entry,
                                unitRef(scope, false),
                                Column.ACCOUNT_SCOPE,
                                "onboarding.unit.unknown",
                                scope,
                                command::setUnitId);
            case COUNCIL_MEMBER ->
                resolved = !scope.isEmpty()
                        && take(
                                entry,
                                councilRef(scope),
                                Column.ACCOUNT_SCOPE,
                                "onboarding.council.unknown",
                                scope,
                                command::setCouncilMemberId);
            case ADMIN -> {}
        }
        if (!resolved) {
            if (scope.isEmpty()) {
                entry.problem(
                        Column.ACCOUNT_SCOPE,
                        role == Role.UNIT_OFFICER ? "account.unit.required" : "account.councilMember.required");
            }
            return;
        }
        Optional<AccountView> existing = services.accounts().findByUsername(row.username());
        if (existing.isPresent()) {
            AccountView account = attempt(
                    entry, () -> services.accounts().get(user, existing.get().id()));
            if (account == null) {
                return;
            }
            Optional<AccountChange> change = command.changeFrom(account);
            if (change.isEmpty()) {
                entry.outcome = Outcome.UNCHANGED;
            } else if (attempt(entry, () -> services.accounts().change(user, account.id(), change.get())) != null) {
                entry.outcome = Outcome.UPDATED;
            }
            return;
        }
        List<Violation> refusals = services.accounts().refusalsOf(user, command);
        refusals.forEach(v -> entry.fail(column(entry.sheet, v.field()), v.message()));
        if (refusals.isEmpty()) {
            pending.add(new PendingAccount(entry, command));
            entry.outcome = Outcome.CREATED;
        }
    }

    private void createAccounts() {
        done += book.accounts().size() - pending.size();
        progress.update(done, total);
        for (PendingAccount account : pending) {
            AccountCreated created =
                    attempt(account.entry(), () -> services.accounts().create(user, account.command()));
            if (created != null) {
                account.entry().link = created.activationLink();
                account.entry().note = created.mailed() ? services.messages().get("onboarding.account.mailed") : null;
            }
            step();
        }
    }

    private void audit() {
        int[] counts = new int[8];
        ProvinceSheet[] sheets = {
            ProvinceSheet.UNITS, ProvinceSheet.COUNCIL, ProvinceSheet.BLOCS, ProvinceSheet.ACCOUNTS
        };
        for (Entry entry : entries.values()) {
            for (int s = 0; s < sheets.length; s++) {
                if (entry.sheet == sheets[s] && entry.outcome == Outcome.CREATED) {
                    counts[2 * s]++;
                } else if (entry.sheet == sheets[s] && entry.outcome == Outcome.UPDATED) {
                    counts[2 * s + 1]++;
                }
            }
        }
        boolean authorityCreated =
                entry(ProvinceSheet.AUTHORITY, book.authority().row()).outcome == Outcome.CREATED;
        if (!authorityCreated && java.util.Arrays.stream(counts).allMatch(c -> c == 0)) {
            return;
        }
        Object[] args = java.util.Arrays.stream(counts).boxed().toArray();
        services.audit()
                .record(AuditEvent.by(
                        user,
                        AuditAction.ONBOARDING_IMPORTED,
                        authority.id(),
                        authority.name(),
                        services.messages().get("onboarding.audit", args)));
    }

    /**
     * Runs one write in a savepoint: refused, it is undone alone and its reasons are noted on the row
     * (each at its column); answers null then.
     */
    private <T> T attempt(Entry entry, Supplier<T> write) {
        try {
            return services.savepoint().execute(status -> write.get());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> entry.fail(column(entry.sheet, v.field()), v.message()));
        } catch (Refused e) {
            entry.fail(null, e.getMessage());
        } catch (AccessDeniedException e) {
            entry.problem(null, "onboarding.row.refused");
        } catch (NotFoundException e) {
            entry.fail(null, e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            entry.problem(null, "onboarding.row.changed");
        } catch (DataIntegrityViolationException e) {
            entry.problem(null, "onboarding.row.conflict");
        }
        return null;
    }

    private static Column column(ProvinceSheet sheet, String field) {
        return field == null ? null : FIELDS.getOrDefault(sheet, Map.of()).get(field);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean sameText(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
