package vn.thidua.awards;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.rules.AwardRecords;

/**
 * Past awards from a workbook into an authority's registry, in the caller's transaction: every row
 * checked first; any wrong row and nothing is entered (InvalidInputException with what is wrong
 * where). An award already in the registry with the same decision (number and date), or twice in the
 * sheet, is skipped and reported so: importing the same sheet twice enters it once.
 */
@Component
record RegistryImporter(AwardRecords records, UnitService units, Messages messages) {

    /** How far an import got: the rows to enter once read, then each row entered. */
    interface Progress {
        Progress NONE = new Progress() {};

        default void total(int rows) {}

        default void done(int rows) {}
    }

    private record Identity(long subject, String award, String decisionNumber, LocalDate decisionDate) {}

    ImportReport run(long authorityId, InputStream in, Progress progress) {
        List<Violation> errors = new ArrayList<>();
        // a sheet names the same units over and over: each name is looked up once
        Map<String, Optional<UnitView>> known = new HashMap<>();
        List<RegistryWorkbook.Line> lines = RegistryWorkbook.read(
                in,
                errors,
                name -> known.computeIfAbsent(
                                RegistryWorkbook.key(name), k -> Optional.ofNullable(unitNamed(authorityId, name)))
                        .orElse(null));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        progress.total(lines.size());
        List<Violation> taken = new ArrayList<>();
        List<ImportReport.Line> report = new ArrayList<>(lines.size());
        Map<Identity, String> inSheet = new HashMap<>();
        int imported = 0;
        for (int i = 0; i < lines.size(); i++) {
            RegistryWorkbook.Line line = lines.get(i);
            NewAward award = line.award();
            long subject = records.subjectFor(award);
            String first = inSheet.putIfAbsent(
                    new Identity(subject, award.award().name(), award.decisionNumber(), award.decisionDate()),
                    line.where());
            // a title twice in this sheet is refused too: by the second row the first is in the history, or refused
            AwardRecords.Outcome outcome = first == null ? records.enter(subject, award) : null;
            if (outcome == AwardRecords.Outcome.TITLE_TAKEN) {
                taken.add(new Violation(
                        line.where(),
                        messages.get(
                                "registry.import.titleTwice",
                                line.where(),
                                award.fullName(),
                                award.award().label(),
                                award.year())));
            } else if (outcome == AwardRecords.Outcome.ENTERED) {
                imported++;
                report.add(new ImportReport.Line(
                        line.where(), ImportReport.Outcome.IMPORTED, messages.get("registry.import.imported")));
            } else {
                String why = first != null
                        ? messages.get("registry.import.repeated", first)
                        : messages.get("registry.import.skipped");
                report.add(new ImportReport.Line(line.where(), ImportReport.Outcome.SKIPPED, why));
            }
            progress.done(i + 1);
        }
        if (!taken.isEmpty()) {
            // the subjects created on the way go with the rest of the transaction
            throw new InvalidInputException(taken);
        }
        return new ImportReport(imported, lines.size() - imported, report);
    }

    /** The unit of that name among the authority's units (former units too: an old list uses old names). */
    private UnitView unitNamed(long authorityId, String name) {
        String key = RegistryWorkbook.key(name);
        return units.search(name, authorityId).stream()
                .filter(u -> RegistryWorkbook.key(u.name()).equals(key))
                .min(Comparator.comparing((UnitView u) -> !u.active()))
                .orElse(null);
    }
}
