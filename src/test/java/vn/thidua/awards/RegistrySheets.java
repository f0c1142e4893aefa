package vn.thidua.awards;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A registry sheet as a board would upload it: the heading row of {@link RegistryWorkbook}, then the rows given. */
final class RegistrySheets {

    private RegistrySheets() {}

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    /** A person's award as most lists give it: no position, label, period or type of commendation. */
    static List<String> person(String name, String unit, String award, String year, String number, String date) {
        return row("Cá nhân", name, unit, "", award, "", year, "", "", "", number, date);
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Khen thưởng");
            Row header = sheet.createRow(0);
            for (int c = 0; c < RegistryWorkbook.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(RegistryWorkbook.HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
