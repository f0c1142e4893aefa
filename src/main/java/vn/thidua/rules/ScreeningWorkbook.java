package vn.thidua.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.Workbooks;
import vn.thidua.rules.CheckRequest.DisciplineFact;
import vn.thidua.rules.CheckRequest.InitiativeFact;
import vn.thidua.rules.CheckRequest.MemberCounts;
import vn.thidua.rules.CheckRequest.RatingFact;
import vn.thidua.rules.CheckRequest.RecordFact;
import vn.thidua.rules.CheckRequest.SubjectFacts;
import vn.thidua.rules.domain.Award;

/**
 * The screening workbook: a template to fill (one row per person or collective, with its history
 * written as short lists like "2022 CSTD_CS; 2023 CSTD_CS"), and the results to download.
 */
final class ScreeningWorkbook {

    static final String[] HEADERS_BEFORE_RATINGS = {
        "STT", "Họ và tên (tên tập thể)", "Đối tượng (Cá nhân / Tập thể)", "Số tháng công tác trong năm"
    };
    static final String[] HEADERS_AFTER_RATINGS = {
        "Danh hiệu, hình thức đã được tặng (năm MÃ [từ-đến] [loại hình]; ...)",
        "Sáng kiến (năm CẤP; ...)",
        "Kỷ luật (năm HÌNH_THỨC; ...)",
        "Tổng số thành viên",
        "Số Lao động tiên tiến",
        "Số hoàn thành nhiệm vụ",
        "Số Chiến sĩ thi đua cơ sở"
    };
    static final int RATING_YEARS = 5;
    private static final Pattern ENTRY =
            Pattern.compile("^(\\d{4})\\s+([A-Z_0-9]+)(?:\\s+(\\d{4})\\s*-\\s*(\\d{4}))?(?:\\s+([A-Z_]+))?$");

    private ScreeningWorkbook() {}

    record ParsedRow(int rowNo, String fullName, SubjectFacts facts) {}

    static byte[] template(int year) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            header(workbook, sheet, year);
            Object[][] examples = {
                {
                    1,
                    "Nguyễn Văn A",
                    "Cá nhân",
                    12,
                    "HTTNV",
                    "HTTNV",
                    "HTXSNV",
                    "HTXSNV",
                    "HTXSNV",
                    (year - 2) + " CSTD_CS; " + (year - 1) + " CSTD_CS; " + year + " CSTD_CS",
                    year + " TINH",
                    "",
                    "",
                    "",
                    "",
                    ""
                },
                {2, "Phòng Tổng hợp", "Tập thể", "", "", "", "", "HTXSNV", "HTXSNV", "", "", "", 12, 10, 12, 1}
            };
            for (int r = 0; r < examples.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < examples[r].length; c++) {
                    Object v = examples[r][c];
                    if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (!"".equals(v)) {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every row; any problem in any row refuses the whole file, with the row and column named. */
    static List<ParsedRow> read(InputStream in, int year, List<Violation> errors) {
        DataFormatter formatter = new DataFormatter();
        return Workbooks.read(in, errors, "Tệp không có dòng dữ liệu nào (dòng 1 là tiêu đề).", workbook -> {
            List<ParsedRow> rows = new ArrayList<>();
            Sheet sheet = workbook.getSheetAt(0);
            int[] ratingYears = null;
            for (Row row : sheet) {
                int r = row.getRowNum();
                if (ratingYears == null) {
                    // the header is row 1; a sheet without it is read as if it were empty
                    ratingYears = ratingYears(r == 0 ? row : null, formatter, year, errors);
                    if (r == 0) {
                        continue;
                    }
                }
                if (formatter.formatCellValue(row.getCell(1)).isBlank()) {
                    continue;
                }
                String where = "Dòng " + (r + 1);
                rows.add(new ParsedRow(
                        r + 1, text(row, 1, formatter), facts(row, formatter, ratingYears, where, errors)));
            }
            return rows;
        });
    }

    private static int[] ratingYears(Row header, DataFormatter formatter, int year, List<Violation> errors) {
        int[] years = new int[RATING_YEARS];
        for (int i = 0; i < RATING_YEARS; i++) {
            String text =
                    header == null ? "" : formatter.formatCellValue(header.getCell(HEADERS_BEFORE_RATINGS.length + i));
            Matcher m = Pattern.compile("(\\d{4})").matcher(text);
            years[i] = m.find() ? Integer.parseInt(m.group(1)) : year - RATING_YEARS + 1 + i;
        }
        return years;
    }

    private static SubjectFacts facts(
            Row row, DataFormatter f, int[] ratingYears, String where, List<Violation> errors) {
        String kindText = text(row, 2, f).toLowerCase();
        String kind = kindText.startsWith("tập") || kindText.startsWith("tap") || kindText.equals("collective")
                ? "COLLECTIVE"
                : kindText.startsWith("cá") || kindText.startsWith("ca") || kindText.equals("individual")
                        ? "INDIVIDUAL"
                        : kindText;
        Integer months = number(row, 3, f, where, "Số tháng công tác", errors);
        List<RatingFact> ratings = new ArrayList<>();
        for (int i = 0; i < RATING_YEARS; i++) {
            String rating = text(row, HEADERS_BEFORE_RATINGS.length + i, f).toUpperCase();
            if (!rating.isBlank()) {
                ratings.add(new RatingFact(ratingYears[i], rating));
            }
        }
        int c = HEADERS_BEFORE_RATINGS.length + RATING_YEARS;
        List<RecordFact> records = new ArrayList<>();
        for (String entry : entries(text(row, c, f))) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                errors.add(new Violation(
                        where,
                        where + ", cột Danh hiệu: \"" + entry
                                + "\" không đúng mẫu \"năm MÃ\" (ví dụ: 2023 CSTD_CS hoặc 2024 BK_TINH 2022-2023)."));
                continue;
            }
            records.add(new RecordFact(
                    Integer.parseInt(m.group(1)),
                    m.group(2),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3)),
                    m.group(4) == null ? null : Integer.parseInt(m.group(4)),
                    m.group(5)));
        }
        List<InitiativeFact> initiatives = new ArrayList<>();
        for (String[] pair : pairs(text(row, c + 1, f), where, "Sáng kiến", errors)) {
            initiatives.add(new InitiativeFact(Integer.parseInt(pair[0]), pair[1], null));
        }
        List<DisciplineFact> disciplines = new ArrayList<>();
        for (String[] pair : pairs(text(row, c + 2, f), where, "Kỷ luật", errors)) {
            disciplines.add(new DisciplineFact(Integer.parseInt(pair[0]), pair[1]));
        }
        Integer total = number(row, c + 3, f, where, "Tổng số thành viên", errors);
        MemberCounts members = total == null
                ? null
                : new MemberCounts(
                        total,
                        number(row, c + 4, f, where, "Số LĐTT", errors),
                        number(row, c + 5, f, where, "Số hoàn thành nhiệm vụ", errors),
                        number(row, c + 6, f, where, "Số CSTĐCS", errors));
        return new SubjectFacts(kind, records, ratings, initiatives, disciplines, months, members);
    }

    private static List<String[]> pairs(String text, String where, String column, List<Violation> errors) {
        List<String[]> pairs = new ArrayList<>();
        for (String entry : entries(text)) {
            String[] parts = entry.split("\\s+");
            if (parts.length != 2 || !parts[0].matches("\\d{4}")) {
                errors.add(new Violation(
                        where,
                        where + ", cột " + column + ": \"" + entry
                                + "\" không đúng mẫu \"năm MÃ\" (ví dụ: 2024 CO_SO)."));
                continue;
            }
            pairs.add(new String[] {parts[0], parts[1].toUpperCase()});
        }
        return pairs;
    }

    private static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        for (String e : text.split(";")) {
            if (!e.isBlank()) {
                entries.add(e.trim().toUpperCase().replace("–", "-"));
            }
        }
        return entries;
    }

    private static Integer number(
            Row row, int c, DataFormatter f, String where, String column, List<Violation> errors) {
        String text = text(row, c, f);
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.replace(".0", "").trim());
        } catch (NumberFormatException e) {
            errors.add(new Violation(where, where + ", cột " + column + ": \"" + text + "\" không phải là số nguyên."));
            return null;
        }
    }

    private static String text(Row row, int c, DataFormatter f) {
        Cell cell = row.getCell(c);
        return cell == null ? "" : f.formatCellValue(cell).trim();
    }

    private static void header(Workbook workbook, Sheet sheet, int year) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setWrapText(true);
        Row header = sheet.createRow(0);
        int c = 0;
        for (String h : HEADERS_BEFORE_RATINGS) {
            cell(header, c++, h, bold);
        }
        for (int i = 0; i < RATING_YEARS; i++) {
            cell(header, c++, "Xếp loại " + (year - RATING_YEARS + 1 + i), bold);
        }
        for (String h : HEADERS_AFTER_RATINGS) {
            cell(header, c++, h, bold);
        }
        for (int i = 0; i < c; i++) {
            sheet.setColumnWidth(i, i == 1 || i >= HEADERS_BEFORE_RATINGS.length + RATING_YEARS ? 9000 : 3800);
        }
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The results, streamed: one row per person and title or award found eligible or needing a check. */
    static void writeResults(ScreeningView run, Consumer<Consumer<ScreeningView.Row>> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("Kết quả " + run.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            String[] titles = {
                "Dòng", "Họ và tên (tên tập thể)", "Mã", "Danh hiệu, hình thức", "Kết quả", "Lý do và căn cứ"
            };
            for (int i = 0; i < titles.length; i++) {
                cell(header, i, titles[i], bold);
            }
            int[] r = {1};
            rows.accept(row -> {
                Row line = sheet.createRow(r[0]++);
                line.createCell(0).setCellValue(row.rowNo());
                line.createCell(1).setCellValue(row.fullName());
                line.createCell(2).setCellValue(row.award());
                line.createCell(3).setCellValue(Award.valueOf(row.award()).label());
                line.createCell(4).setCellValue("ELIGIBLE".equals(row.verdict()) ? "Đủ điều kiện" : "Cần kiểm tra");
                line.createCell(5).setCellValue(row.reasons());
            });
            sheet.setColumnWidth(1, 9000);
            sheet.setColumnWidth(3, 12000);
            sheet.setColumnWidth(5, 30000);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
