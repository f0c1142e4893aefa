package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.thidua.platform.validation.Violation;
import vn.thidua.scoring.domain.ScoreRules;

/** Reading and writing the cells of the scoring workbooks the way an officer fills them in Excel. */
final class Cells {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private Cells() {}

    static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
    }

    /**
     * A number typed as a number, or as text with a decimal comma ("7,5") as Vietnamese officers
     * write it; anything else is reported with its row and column and gives null.
     */
    static BigDecimal number(Row row, int column, String where, String columnName, List<Violation> errors) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return ScoreRules.normalize(BigDecimal.valueOf(cell.getNumericCellValue()));
        }
        String text = text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal number = ScoreRules.parse(text);
        if (number == null) {
            errors.add(new Violation(
                    where,
                    where + ", cột " + columnName + ": \"" + (text.length() > 30 ? text.substring(0, 30) + "…" : text)
                            + "\" không phải là số."));
        }
        return number;
    }

    static CellStyle bold(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setWrapText(true);
        return style;
    }

    static void header(Sheet sheet, int rowIndex, CellStyle style, String[] headers, int[] widths) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < headers.length; c++) {
            row.createCell(c).setCellValue(headers[c]);
            row.getCell(c).setCellStyle(style);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    static void set(Row row, int column, Object value) {
        if (value instanceof BigDecimal number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else if (value != null && !value.toString().isEmpty()) {
            row.createCell(column).setCellValue(value.toString());
        }
    }
}
