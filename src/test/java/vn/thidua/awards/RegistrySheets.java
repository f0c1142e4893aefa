package vn.thidua.awards;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.support.Api;

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

    /** A unit's own award (a flag, a title) with the label the list writes beside it, "" for none. */
    static List<String> collective(String unit, String award, String label, String year, String number, String date) {
        return row("Tập thể", unit, unit, "", award, label, year, "", "", "", number, date);
    }

    /** The same person's row with the position the list gives (a "Chuyên viên", say). */
    static List<String> inPosition(String position, List<String> person) {
        List<String> cells = new ArrayList<>(person);
        cells.set(3, position);
        return List.copyOf(cells);
    }

    /** The unit's name as the registry writes it, which the rows of a sheet must match. */
    static String unitName(Api board, long unit) {
        return board.get("/api/v1/units/" + unit).expect(200).json().get("name").asString();
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
