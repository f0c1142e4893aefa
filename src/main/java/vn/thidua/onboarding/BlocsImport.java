package vn.thidua.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.onboarding.ImportLedger.Written;
import vn.thidua.onboarding.OnboardingReport.Outcome;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.NameKey;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.Rows.BlocRow;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitRef;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.platform.security.CurrentUser;

/**
 * The sheet "Khối, cụm": a bloc by its name within the authority (created or updated at the first
 * row naming it), then each row's year by bloc and year, with its members, leader, deputy and
 * council member named as the other sheets or the registry know them.
 */
final class BlocsImport {

    private record YearPlan(RowEntry entry, BlocRow row, long blocId, BlocYearView current, BlocYearCommand wanted) {}

    private final ImportLedger ledger;
    private final CurrentUser user;
    private final BlocService blocs;
    private final Map<String, BlocView> existing = new HashMap<>();
    private final Map<String, Long> blocIds = new HashMap<>();
    private final Map<String, BlocKind> blocKinds = new HashMap<>();
    private final Map<String, Ref.Broken> brokenBlocs = new HashMap<>();
    private final Map<RowEntry, Outcome> blocOutcomes = new HashMap<>();

    BlocsImport(ImportLedger ledger) {
        this.ledger = ledger;
        this.user = ledger.user();
        this.blocs = ledger.services().blocs();
    }

    void run(List<BlocRow> rows) {
        blocs.search(user, "", ledger.authority().id()).forEach(b -> existing.putIfAbsent(NameKey.of(b.name()), b));
        blocs(rows);
        List<YearPlan> plans = plans(rows);
        Set<YearPlan> vacated = vacate(plans);
        for (YearPlan plan : plans) {
            RowEntry entry = plan.entry();
            if (!entry.wrong()) {
                Written<BlocYearView> written = ledger.write(
                        entry,
                        plan.current(),
                        c -> !vacated.contains(plan) && same(c, plan.wanted()),
                        () -> blocs.createYear(user, plan.blocId(), plan.wanted()),
                        c -> blocs.updateYear(user, plan.blocId(), plan.row().year(), plan.wanted()));
                if (written.saved() != null) {
                    entry.became(combined(blocOutcomes.get(entry), written.outcome()));
                }
            }
            ledger.step();
        }
    }

    /** Each bloc once, at the first row naming it with a kind; the bloc's rows depend on that row. */
    private void blocs(List<BlocRow> rows) {
        long authorityId = ledger.authority().id();
        for (BlocRow row : rows) {
            String k = NameKey.of(row.name());
            if (k.isEmpty() || row.kind() == null || blocIds.containsKey(k) || brokenBlocs.containsKey(k)) {
                continue;
            }
            RowEntry entry = ledger.entry(ProvinceSheet.BLOCS, row.row());
            Written<BlocView> written = ledger.write(
                    entry,
                    existing.get(k),
                    c -> c.name().equals(row.name()) && c.kind() == row.kind(),
                    () -> blocs.create(user, new BlocCommand(authorityId, row.name(), row.kind(), null)),
                    c -> blocs.update(
                            user, c.id(), new BlocCommand(authorityId, row.name(), row.kind(), c.description())));
            blocOutcomes.put(entry, written.outcome());
            if (written.saved() == null) {
                brokenBlocs.put(k, new Ref.Broken(ProvinceSheet.BLOCS, row.row()));
            } else {
                blocIds.put(k, written.saved().id());
                blocKinds.put(k, written.saved().kind());
            }
        }
    }

    /** The year each row asks for, beside the year as it stands; a row that cannot be compared is counted done. */
    private List<YearPlan> plans(List<BlocRow> rows) {
        List<YearPlan> plans = new ArrayList<>();
        Map<Long, Map<Integer, BlocYearView>> years = new HashMap<>();
        for (BlocRow row : rows) {
            RowEntry entry = ledger.entry(ProvinceSheet.BLOCS, row.row());
            String k = NameKey.of(row.name());
            BlocYearCommand wanted = null;
            if (!entry.wrong() && blocIds.containsKey(k)) {
                wanted = yearCommand(row, entry, blocKinds.get(k));
            } else if (!entry.wrong() && brokenBlocs.containsKey(k)) {
                entry.dependsOn(brokenBlocs.get(k));
            }
            if (wanted == null) {
                ledger.step();
                continue;
            }
            long blocId = blocIds.get(k);
            BlocYearView current = years.computeIfAbsent(blocId, this::yearsOf).get(row.year());
            if (current != null) {
                wanted = new BlocYearCommand(
                        wanted.year(),
                        wanted.memberUnitIds(),
                        wanted.leaderUnitId(),
                        wanted.deputyUnitId(),
                        wanted.councilMemberId(),
                        current.flagQuota(),
                        current.note(),
                        null);
            }
            plans.add(new YearPlan(entry, row, blocId, current, wanted));
        }
        return plans;
    }

    private Map<Integer, BlocYearView> yearsOf(long blocId) {
        Map<Integer, BlocYearView> byYear = new HashMap<>();
        if (existing.values().stream().anyMatch(b -> b.id() == blocId)) {
            blocs.years(user, blocId).forEach(y -> byYear.put(y.year(), y));
        }
        return byYear;
    }

    /** The year's command with every name resolved to its id; null when a name is unknown or its row is wrong. */
    private BlocYearCommand yearCommand(BlocRow row, RowEntry entry, BlocKind kind) {
        boolean anyProvince = kind.spansProvinces();
        RowLookup lookup = ledger.lookup(entry);
        List<Long> members = new ArrayList<>();
        for (String member : row.members()) {
            Long id = lookup.unit(member, Column.BLOC_MEMBERS, anyProvince);
            if (id != null) {
                members.add(id);
            }
        }
        Long leader = lookup.unit(row.leader(), Column.BLOC_LEADER, anyProvince);
        Long deputy = lookup.unit(row.deputy(), Column.BLOC_DEPUTY, anyProvince);
        Long follower = lookup.councilMember(row.councilMember(), Column.BLOC_COUNCIL_MEMBER);
        if (!lookup.complete()) {
            return null;
        }
        return new BlocYearCommand(row.year(), members, leader, deputy, follower, null, null, null);
    }

    /**
     * Units moving between two blocs of the workbook of the same kind and year are first taken out
     * of the bloc they leave, so that whichever bloc is saved first, no unit is in two at once.
     */
    private Set<YearPlan> vacate(List<YearPlan> plans) {
        Map<String, Set<Long>> wantedBySlot = new HashMap<>();
        for (YearPlan plan : plans) {
            wantedBySlot
                    .computeIfAbsent(slot(plan), s -> new HashSet<>())
                    .addAll(plan.wanted().memberUnitIds());
        }
        Set<YearPlan> vacated = new HashSet<>();
        for (YearPlan plan : plans) {
            if (plan.current() == null) {
                continue;
            }
            Set<Long> moving = new LinkedHashSet<>(ids(plan.current().members()));
            moving.removeAll(plan.wanted().memberUnitIds());
            moving.retainAll(wantedBySlot.get(slot(plan)));
            Set<Long> staying = new LinkedHashSet<>(ids(plan.current().members()));
            staying.removeAll(moving);
            if (moving.isEmpty() || staying.isEmpty()) {
                continue;
            }
            BlocYearCommand first = withOnly(plan.current(), staying);
            if (ledger.attempt(
                            plan.entry(),
                            () -> blocs.updateYear(
                                    user, plan.blocId(), plan.current().year(), first))
                    != null) {
                vacated.add(plan);
            }
        }
        return vacated;
    }

    /** The year as it stands, with only the units that stay; a leader or deputy leaving is dropped. */
    private static BlocYearCommand withOnly(BlocYearView current, Set<Long> staying) {
        BlocYearCommand command = BlocYearCommand.of(current);
        return new BlocYearCommand(
                command.year(),
                new ArrayList<>(staying),
                idIfIn(current.leader(), staying),
                idIfIn(current.deputy(), staying),
                command.councilMemberId(),
                current.flagQuota() == null ? null : Math.min(current.flagQuota(), staying.size()),
                command.note(),
                null);
    }

    private static Long idIfIn(UnitRef unit, Set<Long> ids) {
        return unit != null && ids.contains(unit.id()) ? unit.id() : null;
    }

    private String slot(YearPlan plan) {
        return blocKinds.get(NameKey.of(plan.row().name())) + "|" + plan.row().year();
    }

    private static List<Long> ids(List<UnitRef> units) {
        return units.stream().map(UnitRef::id).toList();
    }

    private static boolean same(BlocYearView current, BlocYearCommand wanted) {
        return new HashSet<>(ids(current.members())).equals(new HashSet<>(wanted.memberUnitIds()))
                && Objects.equals(
                        current.leader() == null ? null : current.leader().id(), wanted.leaderUnitId())
                && Objects.equals(
                        current.deputy() == null ? null : current.deputy().id(), wanted.deputyUnitId())
                && Objects.equals(
                        current.councilMember() == null
                                ? null
                                : current.councilMember().id(),
                        wanted.councilMemberId());
    }

    /** A row both of a bloc and of its year: created if either was, updated if either was. */
    static Outcome combined(Outcome bloc, Outcome year) {
        if (bloc == Outcome.CREATED || year == Outcome.CREATED) {
            return Outcome.CREATED;
        }
        return bloc == Outcome.UPDATED || year == Outcome.UPDATED ? Outcome.UPDATED : Outcome.UNCHANGED;
    }
}
