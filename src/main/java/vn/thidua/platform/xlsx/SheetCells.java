package vn.thidua.platform.xlsx;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import vn.thidua.platform.validation.Violation;

/** Cells of an uploaded sheet read as a user typed them, each problem named with its row and column. */
public final class SheetCells {

    private static final DataFormatter FORMAT = new DataFormatter();
    // strict: 31/02 is refused, not read as 28/02
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private SheetCells() {}

    /** The cell as shown in Excel, trimmed; empty for a missing cell. */
    public static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : FORMAT.formatCellValue(cell).strip();
    }

    /**
     * A date cell, or text dd/mm/yyyy; null, with the problem added to {@code errors}, when it is
     * missing or not a date. {@code where}: "Dòng 5"; {@code header}: the column's name.
     */
    public static LocalDate date(Cell cell, String where, String header, List<Violation> errors) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            errors.add(new Violation(where, where + ": thiếu " + header.toLowerCase() + "."));
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue()
                    .toInstant()
                    .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toLocalDate();
        }
        String text = FORMAT.formatCellValue(cell).strip();
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            errors.add(new Violation(
                    where, where + ", cột " + header + ": \"" + text + "\" không phải ngày dạng dd/mm/yyyy."));
            return null;
        }
    }
}
