package vn.thidua.onboarding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.thidua.onboarding.domain.NameKey;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.Rows.CouncilRow;
import vn.thidua.onboarding.domain.Rows.UnitRow;
import vn.thidua.org.CouncilMemberView;
import vn.thidua.org.UnitView;

/**
 * The names other rows may give for a unit or a council member: the registry's, and what this
 * import's own rows became (a row that was to create one and is wrong makes the name {@link
 * Ref.Broken}, so the rows naming it are not compared rather than reported unknown).
 */
final class NameIndex {

    private final Supplier<List<UnitView>> everyActiveUnit;
    private final Map<String, Integer> unitRows = new HashMap<>();
    private final Map<Integer, Long> unitIds = new HashMap<>();
    private final Map<String, UnitView> activeUnits = new HashMap<>();
    private final Map<String, UnitView> endedUnits = new HashMap<>();
    private final Map<String, Set<String>> shortNames = new HashMap<>();
    private List<UnitView> everyUnit;
    private final Map<String, Integer> councilRows = new HashMap<>();
    private final Map<Integer, Long> councilIds = new HashMap<>();
    private final Map<String, CouncilMemberView> existingCouncil = new HashMap<>();

    /** {@code everyActiveUnit}: the units of every authority, read only if a name of another province is given. */
    NameIndex(Supplier<List<UnitView>> everyActiveUnit) {
        this.everyActiveUnit = everyActiveUnit;
    }

    /**
     * The authority's units and the workbook's rows of units. A short name stands for a unit only
     * when one unit has it, counting the workbook's units and those of the registry it leaves as
     * they are; of ended units with one name, the one ended last.
     */
    void units(List<UnitView> registry, List<UnitRow> rows) {
        for (UnitView unit : registry) {
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
        rows.forEach(u -> {
            if (!u.name().isEmpty()) {
                unitRows.putIfAbsent(NameKey.of(u.name()), u.row());
            }
        });
        activeUnits.values().stream()
                .filter(u -> !unitRows.containsKey(NameKey.of(u.name())))
                .forEach(u -> shortName(u.shortName(), u.name()));
        rows.forEach(u -> shortName(u.shortName(), u.name()));
    }

    private void shortName(String shortName, String name) {
        if (shortName != null && !shortName.isBlank()) {
            shortNames
                    .computeIfAbsent(NameKey.of(shortName), k -> new HashSet<>())
                    .add(NameKey.of(name));
        }
    }

    /** The active unit of the authority with this name, or null. */
    UnitView activeUnit(String name) {
        return activeUnits.get(NameKey.of(name));
    }

    /** The ended unit of the authority with this name (ended last), or null. */
    UnitView endedUnit(String name) {
        return endedUnits.get(NameKey.of(name));
    }

    void unitSaved(int row, long id) {
        unitIds.put(row, id);
    }

    /** A unit by its name or, failing that, by a short name only one unit has; an ended unit last (for a past year). */
    Ref unit(String name, boolean anyProvince) {
        String k = NameKey.of(name);
        Ref ref = unitByKey(k);
        if (ref == Ref.UNKNOWN && shortNames.getOrDefault(k, Set.of()).size() == 1) {
            ref = unitByKey(shortNames.get(k).iterator().next());
        }
        if (ref == Ref.UNKNOWN && endedUnits.containsKey(k)) {
            ref = new Ref.Found(endedUnits.get(k).id());
        }
        if (ref == Ref.UNKNOWN && anyProvince) {
            ref = elsewhere(name);
        }
        return ref;
    }

    private Ref unitByKey(String k) {
        UnitView active = activeUnits.get(k);
        return byKey(k, unitRows, unitIds, ProvinceSheet.UNITS, active == null ? null : active.id());
    }

    /** A sector region's member of another province, named "Tên đơn vị – Tên tỉnh". */
    private Ref elsewhere(String name) {
        int at = Math.max(name.lastIndexOf(" – "), name.lastIndexOf(" - "));
        if (at <= 0) {
            return Ref.UNKNOWN;
        }
        String unit = NameKey.of(name.substring(0, at));
        String owner = NameKey.of(name.substring(at + 3));
        if (everyUnit == null) {
            everyUnit = everyActiveUnit.get();
        }
        return everyUnit.stream()
                .filter(u -> NameKey.of(u.name()).equals(unit)
                        && NameKey.of(u.authorityName()).equals(owner))
                .findFirst()
                .<Ref>map(u -> new Ref.Found(u.id()))
                .orElse(Ref.UNKNOWN);
    }

    /** The authority's council members and the workbook's rows of them. */
    void council(List<CouncilMemberView> registry, List<CouncilRow> rows) {
        registry.forEach(m -> existingCouncil.putIfAbsent(NameKey.of(m.fullName()), m));
        rows.forEach(c -> {
            if (!c.fullName().isEmpty()) {
                councilRows.putIfAbsent(NameKey.of(c.fullName()), c.row());
            }
        });
    }

    /** The authority's council member with this full name, or null. */
    CouncilMemberView existingCouncilMember(String fullName) {
        return existingCouncil.get(NameKey.of(fullName));
    }

    void councilMemberSaved(int row, long id) {
        councilIds.put(row, id);
    }

    Ref councilMember(String name) {
        String k = NameKey.of(name);
        CouncilMemberView existing = existingCouncil.get(k);
        return byKey(k, councilRows, councilIds, ProvinceSheet.COUNCIL, existing == null ? null : existing.id());
    }

    /** The workbook's row with the name first (what it became, or broken), then the registry's record. */
    private static Ref byKey(
            String k, Map<String, Integer> rows, Map<Integer, Long> saved, ProvinceSheet sheet, Long existing) {
        Integer row = rows.get(k);
        if (row != null) {
            Long id = saved.get(row);
            return id != null ? new Ref.Found(id) : new Ref.Broken(sheet, row);
        }
        return existing != null ? new Ref.Found(existing) : Ref.UNKNOWN;
    }
}
