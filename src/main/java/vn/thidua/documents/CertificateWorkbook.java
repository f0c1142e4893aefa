package vn.thidua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.platform.validation.Violation;

/** The list of recipients as an Excel sheet: one row per certificate; every wrong row is reported, none printed. */
final class CertificateWorkbook {

    static final String[] HEADERS = {"Họ và tên (tên tập thể)", "Đơn vị", "Thành tích", "Số quyết định",
            "Ngày quyết định (dd/mm/yyyy)", "Số bằng"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DataFormatter FORMAT = new DataFormatter();

    private CertificateWorkbook() {
    }

    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
                sheet.setColumnWidth(c, (c == 2 ? 60 : 24) * 256);
            }
            Row example = sheet.createRow(1);
            String[] values = {"Sở Tài chính", "Tỉnh Lạng Sơn", "Đã có thành tích xuất sắc trong phong trào thi đua năm 2021",
                    "15/QĐ-UBND", "20/01/2022", "123"};
            for (int c = 0; c < values.length; c++) {
                example.createCell(c).setCellValue(values[c]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Certificate> read(InputStream in, List<Violation> errors) {
        List<Certificate> certificates = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(row, 0).isEmpty() && text(row, 2).isEmpty()) {
                    continue;
                }
                String where = "Dòng " + (r + 1);
                String name = text(row, 0);
                String achievement = text(row, 2);
                String decision = text(row, 3);
                if (name.isEmpty()) {
                    errors.add(new Violation(where, where + ": thiếu họ và tên (tên tập thể)."));
                }
                if (achievement.isEmpty()) {
                    errors.add(new Violation(where, where + ": thiếu nội dung thành tích."));
                }
                if (decision.isEmpty()) {
                    errors.add(new Violation(where, where + ": thiếu số quyết định."));
                }
                LocalDate date = date(row.getCell(4), where, errors);
                if (name.length() > 200 || achievement.length() > 500) {
                    errors.add(new Violation(where, where + ": tên (tối đa 200 ký tự) hoặc thành tích (tối đa 500 ký tự) quá dài."));
                }
                if (date != null) {
                    certificates.add(new Certificate(name, text(row, 1), achievement,
                            "Quyết định số " + decision + " ngày " + DAY.format(date), text(row, 5)));
                }
            }
        } catch (IOException | IllegalStateException | org.apache.poi.UnsupportedFileFormatException
                | org.apache.poi.EmptyFileException e) {
            errors.add(new Violation("file", "Tệp không đọc được như một bảng tính Excel (.xlsx)."));
            return List.of();
        }
        if (certificates.isEmpty() && errors.isEmpty()) {
            errors.add(new Violation("file", "Tệp không có dòng nào (dòng 1 là tiêu đề)."));
        }
        return certificates;
    }

    private static LocalDate date(Cell cell, String where, List<Violation> errors) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            errors.add(new Violation(where, where + ": thiếu ngày quyết định."));
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        }
        String text = FORMAT.formatCellValue(cell).strip();
        try {
            return LocalDate.parse(text, DateTimeFormatter.ofPattern("d/M/yyyy"));
        } catch (DateTimeParseException e) {
            errors.add(new Violation(where, where + ", cột Ngày quyết định: \"" + text + "\" không phải ngày dạng dd/mm/yyyy."));
            return null;
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : FORMAT.formatCellValue(cell).strip();
    }
}
