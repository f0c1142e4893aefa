package vn.thidua.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The onboarding template filled as a person would: each value put under the heading that names it
 * in row 1 of its sheet, so that a test filling it proves the headings are the ones the import reads.
 */
public final class OnboardingFile {

    private final XSSFWorkbook workbook;

    private OnboardingFile(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static OnboardingFile fill(byte[] template) {
        try {
            return new OnboardingFile(new XSSFWorkbook(new ByteArrayInputStream(template)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values by heading, alternating: {@code row("Đơn vị", "Tên đơn vị", "Sở A", "Loại đơn vị", "SO")}. */
    public OnboardingFile row(String sheetTitle, String... headingsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < headingsAndValues.length; i += 2) {
            values.put(headingsAndValues[i], headingsAndValues[i + 1]);
        }
        Sheet sheet = workbook.getSheet(sheetTitle);
        if (sheet == null) {
            throw new AssertionError("the template has no sheet " + sheetTitle);
        }
        Row headings = sheet.getRow(0);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        values.forEach((heading, value) -> {
            int column = -1;
            for (int c = 0; c < headings.getLastCellNum(); c++) {
                if (heading.equals(headings.getCell(c).getStringCellValue())) {
                    column = c;
                }
            }
            if (column < 0) {
                throw new AssertionError("sheet " + sheetTitle + " has no heading " + heading);
            }
            if (value != null && !value.isEmpty()) {
                row.createCell(column).setCellValue(value);
            }
        });
        return this;
    }

    /** Replaces a row's cell (Excel row number, heading), for a second version of the same workbook. */
    public OnboardingFile set(String sheetTitle, int excelRow, String heading, String value) {
        Sheet sheet = workbook.getSheet(sheetTitle);
        Row headings = sheet.getRow(0);
        for (int c = 0; c < headings.getLastCellNum(); c++) {
            if (heading.equals(headings.getCell(c).getStringCellValue())) {
                Row row = sheet.getRow(excelRow - 1);
                (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellValue(value);
                return this;
            }
        }
        throw new AssertionError("sheet " + sheetTitle + " has no heading " + heading);
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
