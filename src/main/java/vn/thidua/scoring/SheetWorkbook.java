package vn.thidua.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.Workbooks;

/**
 * A unit's score sheet as a workbook: a few title lines, then a table whose header row starts with
 * "Mã"; the officer fills the column "Điểm" (and "Nhận xét") and imports it back.
 */
final class SheetWorkbook {

    static final String SHEET = "Chấm điểm";
    static final String[] HEADERS = {"Mã", "Nhóm tiêu chí", "Tiêu chí", "Loại", "Điểm tối đa", "Điểm", "Nhận xét"};
    private static final int[] WIDTHS = {8, 28, 60, 14, 10, 10, 40};
    private static final int POINTS = 5;
    private static final int COMMENT = 6;

    private SheetWorkbook() {}

    static byte[] write(String title, List<String> context, SheetView sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet s = workbook.createSheet(SHEET);
            CellStyle bold = Cells.bold(workbook);
            Row titleRow = s.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(bold);
            int r = 1;
            for (String line : context) {
                s.createRow(r++).createCell(0).setCellValue(line);
            }
            Cells.header(s, ++r, bold, HEADERS, WIDTHS);
            for (SheetView.Line line : sheet.lines()) {
                Row row = s.createRow(++r);
                Cells.set(row, 0, line.criterion().code());
                Cells.set(row, 1, line.criterion().group());
                Cells.set(row, 2, line.criterion().name());
                Cells.set(row, 3, TemplateWorkbook.kindLabel(line.criterion().kind()));
                Cells.set(row, 4, line.criterion().maxPoints());
                Cells.set(row, POINTS, line.points());
                Cells.set(row, COMMENT, line.comment());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entries of a filled sheet, each naming its row; problems of the file itself (not a
     * workbook, no sheet "Chấm điểm", no header row, a number cell holding text) go to errors.
     */
    static List<EntryInput> read(InputStream in, List<Violation> errors) {
        return Workbooks.read(in, errors, null, workbook -> {
            List<EntryInput> entries = new ArrayList<>();
            Sheet sheet = Workbooks.sheet(workbook, SHEET);
            if (sheet == null) {
                errors.add(new Violation(
                        "file",
                        "Không có trang tính \"" + SHEET
                                + "\" (hãy dùng tệp tải về bằng nút \"Tải mẫu Excel\" của phiếu chấm)."));
                return List.of();
            }
            int header = -1;
            for (Row row : sheet) {
                int r = row.getRowNum();
                if (header < 0) {
                    if (r > 30) {
                        break;
                    }
                    if ("Mã".equalsIgnoreCase(Cells.text(row, 0))) {
                        header = r;
                    }
                    continue;
                }
                String code = Cells.text(row, 0);
                if (code.isEmpty()) {
                    continue;
                }
                String where = "Dòng " + (r + 1);
                int before = errors.size();
                BigDecimal points = Cells.number(row, POINTS, where, "Điểm", errors);
                if (errors.size() > before) {
                    continue;
                }
                String comment = Cells.text(row, COMMENT);
                entries.add(new EntryInput(
                        code,
                        points == null ? null : points.toPlainString(),
                        comment.isEmpty() ? null : comment,
                        where));
            }
            if (header < 0) {
                errors.add(new Violation(
                        "file", "Trang tính \"" + SHEET + "\" không có dòng tiêu đề bắt đầu bằng \"Mã\"."));
                return List.of();
            }
            return entries;
        });
    }
}
