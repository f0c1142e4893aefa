package vn.thidua.onboarding;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.onboarding.OnboardingReport.CellError;
import vn.thidua.onboarding.OnboardingReport.Outcome;
import vn.thidua.onboarding.OnboardingReport.RowReport;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;

/**
 * One row of the report as the import writes it: what is wrong with its cells, what became of it,
 * and a note or an activation link. A row with anything wrong is not written.
 */
final class RowEntry {

    private final Messages messages;
    private final ProvinceSheet sheet;
    private final int row;
    private final String name;
    private final List<CellError> errors = new ArrayList<>();
    private Outcome outcome;
    private String note;
    private String link;

    RowEntry(Messages messages, ProvinceSheet sheet, int row, String name) {
        this.messages = messages;
        this.sheet = sheet;
        this.row = row;
        this.name = name;
    }

    /** Whether the row is of this sheet and the run made this of it (so far: null before it was compared). */
    boolean is(ProvinceSheet sheet, Outcome outcome) {
        return this.sheet == sheet && this.outcome == outcome;
    }

    void became(Outcome outcome) {
        this.outcome = outcome;
    }

    boolean wrong() {
        return !errors.isEmpty();
    }

    void fail(Column column, String message) {
        errors.add(new CellError(sheet.title(), row, column == null ? null : column.heading(), message));
    }

    void problem(Column column, String code, Object... args) {
        fail(column, messages.get(code, args));
    }

    /** A service's refusals, each at the column its field was read from (the whole row when none). */
    void refused(List<Violation> violations) {
        violations.forEach(v -> fail(FieldColumns.of(sheet, v.field()), v.message()));
    }

    /** A row it names is wrong, so this one could not be compared; the first such row is named. */
    void dependsOn(Ref.Broken broken) {
        if (note == null) {
            note = messages.get("onboarding.row.dependsOn", broken.sheet().title(), broken.row());
        }
        outcome = Outcome.NOT_CHECKED;
    }

    void activation(String link, boolean mailed) {
        this.link = link;
        this.note = mailed ? messages.get("onboarding.account.mailed") : null;
    }

    RowReport report() {
        Outcome shown = wrong() ? Outcome.ERROR : outcome == null ? Outcome.NOT_CHECKED : outcome;
        return new RowReport(sheet.title(), row, name, shown, errors, note, link);
    }
}
