package vn.thidua.onboarding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.NameKey;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.SheetCells;
import vn.thidua.platform.xlsx.Workbooks;

/**
 * The filled lines of the five data sheets, as texts. A workbook whose sheets or headings are not
 * the template's, or that cannot be read, is refused whole, every such fault named at once.
 */
final class WorkbookReader {

    /** Rows of all sheets together: an authority's registry, not a national one, in one transaction. */
    static final int MAX_ROWS = 10_000;

    private final Messages messages;

    WorkbookReader(Messages messages) {
        this.messages = messages;
    }

    Map<ProvinceSheet, List<SheetLine>> read(byte[] bytes) {
        Map<ProvinceSheet, List<SheetLine>> lines = new EnumMap<>(ProvinceSheet.class);
        List<Violation> wrong = new ArrayList<>();
        int total = 0;
        try (Workbook workbook = Workbooks.open(new ByteArrayInputStream(bytes))) {
            for (ProvinceSheet sheet : ProvinceSheet.values()) {
                Sheet data = Workbooks.sheet(workbook, sheet.title());
                if (data == null) {
                    wrong.add(fileProblem("onboarding.file.sheetMissing", sheet.title()));
                    continue;
                }
                List<SheetLine> read = new ArrayList<>();
                boolean headings = false;
                for (Row row : data) {
                    if (!headings) {
                        headings = true;
                        wrong.addAll(checkHeadings(sheet, row));
                        continue;
                    }
                    List<String> cells = sheet.columns().stream()
                            .map(c -> SheetCells.text(row, c.index()))
                            .toList();
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (++total > MAX_ROWS) {
                        throw new InvalidInputException(List.of(fileProblem("onboarding.file.tooManyRows", MAX_ROWS)));
                    }
                    read.add(new SheetLine(row.getRowNum() + 1, cells));
                }
                if (!headings) {
                    wrong.add(fileProblem("onboarding.file.headingsMissing", sheet.title()));
                }
                lines.put(sheet, read);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the streaming reader fails mid-sheet on a damaged part with exceptions of its own
            throw new InvalidInputException(List.of(fileProblem("onboarding.file.unreadable")));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return lines;
    }

    /** Headings are compared without case or diacritics; columns after the template's are ignored. */
    private List<Violation> checkHeadings(ProvinceSheet sheet, Row row) {
        if (row.getRowNum() != 0) {
            return List.of(fileProblem("onboarding.file.headingsMissing", sheet.title()));
        }
        List<Violation> wrong = new ArrayList<>();
        for (Column column : sheet.columns()) {
            String found = SheetCells.text(row, column.index());
            if (!NameKey.of(found).equals(NameKey.of(column.heading()))) {
                wrong.add(fileProblem(
                        "onboarding.file.heading", sheet.title(), column.letter(), column.heading(), found));
            }
        }
        return wrong;
    }

    private Violation fileProblem(String code, Object... args) {
        return new Violation("file", messages.get(code, args), code);
    }
}
