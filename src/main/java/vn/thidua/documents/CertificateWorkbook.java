package vn.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.SheetCells;
import vn.thidua.platform.xlsx.Workbooks;

/** The list of recipients as an Excel sheet: one row per certificate; every wrong row is reported, none printed. */
public final class CertificateWorkbook {

    /** The list's columns in order; the registry's export writes a sheet with exactly these. */
    public static final List<String> COLUMNS = List.of(
            "Họ và tên (tên tập thể)",
            "Đơn vị",
            "Thành tích",
            "Số quyết định",
            "Ngày quyết định (dd/mm/yyyy)",
            "Số bằng");

    /** The name of the list's sheet in a workbook of several (the registry's export). */
    public static final String LIST_SHEET = "Danh sách in bằng";

    static final String[] HEADERS = COLUMNS.toArray(String[]::new);

    private CertificateWorkbook() {}

    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
                sheet.setColumnWidth(c, (c == 2 ? 60 : 24) * 256);
            }
            Row example = sheet.createRow(1);
            String[] values = {
                "Sở Tài chính",
                "Tỉnh Lạng Sơn",
                "Đã có thành tích xuất sắc trong phong trào thi đua năm 2021",
                "15/QĐ-UBND",
                "20/01/2022",
                "123"
            };
            for (int c = 0; c < values.length; c++) {
                example.createCell(c).setCellValue(values[c]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sheet of this name when a workbook has one: the registry's export carries it beside its own
     * sheet, so a search downloaded from the registry prints unchanged; any other file is read from
     * its first sheet. (Found by its name: the streaming reader visits a sheet's rows only once.)
     */
    private static Sheet listSheet(Workbook workbook) {
        Sheet named = Workbooks.sheet(workbook, LIST_SHEET);
        return named != null ? named : workbook.getSheetAt(0);
    }

    static List<Certificate> read(InputStream in, List<Violation> errors) {
        return Workbooks.read(in, errors, "Tệp không có dòng nào (dòng 1 là tiêu đề).", workbook -> {
            List<Certificate> certificates = new ArrayList<>();
            Sheet sheet = listSheet(workbook);
            for (Row row : sheet) {
                int r = row.getRowNum();
                if (r < 1
                        || SheetCells.text(row, 0).isEmpty()
                                && SheetCells.text(row, 2).isEmpty()) {
                    continue;
                }
                String where = "Dòng " + (r + 1);
                String name = SheetCells.text(row, 0);
                String achievement = SheetCells.text(row, 2);
                String decision = SheetCells.text(row, 3);
                if (name.isEmpty()) {
                    errors.add(new Violation(where, where + ": thiếu họ và tên (tên tập thể)."));
                }
                if (achievement.isEmpty()) {
                    errors.add(new Violation(where, where + ": thiếu nội dung thành tích."));
                }
                if (decision.isEmpty()) {
                    errors.add(new Violation(where, where + ": thiếu số quyết định."));
                }
                LocalDate date = SheetCells.date(row.getCell(4), where, "Ngày quyết định", errors);
                if (name.length() > 200 || achievement.length() > 500) {
                    errors.add(new Violation(
                            where, where + ": tên (tối đa 200 ký tự) hoặc thành tích (tối đa 500 ký tự) quá dài."));
                }
                if (date != null) {
                    certificates.add(new Certificate(
                            name,
                            SheetCells.text(row, 1),
                            achievement,
                            CertificateService.decisionLine(decision, date),
                            SheetCells.text(row, 5)));
                }
            }
            return certificates;
        });
    }
}
