package vn.thidua.onboarding;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.Rows.UnitRow;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;

/**
 * The sheet "Đơn vị": a unit by its name among the authority's active units, created or updated
 * through the registry. A name of an ended unit (merged, renamed) is refused: the row should name
 * its successor.
 */
final class UnitsImport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ImportLedger ledger;

    UnitsImport(ImportLedger ledger) {
        this.ledger = ledger;
    }

    void run(List<UnitRow> rows) {
        UnitService units = ledger.services().units();
        ledger.names().units(units.ofAuthority(ledger.authority().id()), rows);
        for (UnitRow row : rows) {
            RowEntry entry = ledger.entry(ProvinceSheet.UNITS, row.row());
            if (!entry.wrong()) {
                unit(row, entry, units);
            }
            ledger.step();
        }
    }

    private void unit(UnitRow row, RowEntry entry, UnitService units) {
        NameIndex names = ledger.names();
        UnitView current = names.activeUnit(row.name());
        UnitView ended = names.endedUnit(row.name());
        if (current == null && ended != null) {
            entry.problem(
                    Column.UNIT_NAME,
                    "onboarding.unit.ended",
                    ended.name(),
                    ended.endedOn() == null ? "" : DAY.format(ended.endedOn()));
            return;
        }
        UnitCommand command = new UnitCommand(
                ledger.authority().id(),
                row.name(),
                Texts.blank(row.shortName()),
                row.kind(),
                Texts.blank(row.email()),
                Texts.blank(row.phone()),
                null);
        ImportLedger.Written<UnitView> written = ledger.write(
                entry,
                current,
                c -> same(c, row, command),
                () -> units.create(ledger.user(), command),
                c -> units.update(ledger.user(), c.id(), command));
        if (written.saved() != null) {
            names.unitSaved(row.row(), written.saved().id());
            entry.became(written.outcome());
        }
    }

    /** The name exactly as written (a change of case or accents is a change); the e-mail without case. */
    private static boolean same(UnitView current, UnitRow row, UnitCommand command) {
        return current.name().equals(row.name())
                && current.kind() == row.kind()
                && Objects.equals(current.shortName(), command.shortName())
                && Texts.sameIgnoringCase(current.email(), command.email())
                && Objects.equals(current.phone(), command.phone());
    }
}
