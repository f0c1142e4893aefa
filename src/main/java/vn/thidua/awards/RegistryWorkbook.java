package vn.thidua.awards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.org.AuthorityId;
import vn.thidua.org.UnitId;
import vn.thidua.org.UnitView;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.SheetCells;
import vn.thidua.platform.xlsx.Workbooks;
import vn.thidua.platform.xlsx.XlsxTable;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/** The registry as a sheet: the export's columns are the import's, so a province's list goes out and back unchanged. */
public final class RegistryWorkbook {

    static final List<String> HEADERS = List.of(
            "Đối tượng (Tập thể/Cá nhân)",
            "Họ và tên / Tên tập thể",
            "Đơn vị",
            "Chức vụ",
            "Mã danh hiệu, hình thức",
            "Tên danh hiệu, hình thức",
            "Năm",
            "Từ năm",
            "Đến năm",
            "Loại hình",
            "Số quyết định",
            "Ngày quyết định (dd/mm/yyyy)",
            "Cơ quan quyết định",
            "Số bằng, chứng nhận");
    private static final int MAX_ROWS = 20_000;

    private RegistryWorkbook() {}

    record Line(String where, NewAward award) {}

    /** The type as the export writes it ("theo đợt, chuyên đề"), or its code as earlier exports did ("CHUYEN_DE"). */
    static CommendationType commendationType(String text) {
        String key = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        for (CommendationType type : CommendationType.values()) {
            if (type.name().equalsIgnoreCase(key) || type.words().equals(key)) {
                return type;
            }
        }
        return null;
    }

    public static XlsxTable<AwardEntry> exportTable() {
        return XlsxTable.of(
                "Khen thưởng",
                List.of(
                        XlsxTable.column(
                                HEADERS.get(0), 14, a -> a.kind() == SubjectKind.COLLECTIVE ? "Tập thể" : "Cá nhân"),
                        XlsxTable.column(HEADERS.get(1), 36, AwardEntry::subjectName),
                        XlsxTable.column(HEADERS.get(2), 36, AwardEntry::unitName),
                        XlsxTable.column(HEADERS.get(3), 20, AwardEntry::position),
                        XlsxTable.column(HEADERS.get(4), 14, a -> a.award().name()),
                        XlsxTable.column(HEADERS.get(5), 40, AwardEntry::label),
                        XlsxTable.column(HEADERS.get(6), 8, AwardEntry::year),
                        XlsxTable.column(HEADERS.get(7), 8, AwardEntry::periodFrom),
                        XlsxTable.column(HEADERS.get(8), 8, AwardEntry::periodTo),
                        XlsxTable.column(HEADERS.get(9), 18, a -> a.type().words()),
                        XlsxTable.column(HEADERS.get(10), 16, AwardEntry::decisionNumber),
                        XlsxTable.column(
                                HEADERS.get(11),
                                14,
                                a -> a.decisionDate() == null
                                        ? null
                                        : a.decisionDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                        XlsxTable.column(HEADERS.get(12), 30, AwardEntry::decisionAuthority),
                        XlsxTable.column(HEADERS.get(13), 18, AwardEntry::certificateNumber)));
    }

    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Khen thưởng");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                sheet.setColumnWidth(c, 22 * 256);
            }
            String[] example = {
                "Tập thể",
                "Sở Tài chính",
                "Sở Tài chính",
                "",
                "CO_TINH",
                "Cờ thi đua của Ủy ban nhân dân tỉnh",
                "2020",
                "2020",
                "2020",
                CommendationType.THUONG_XUYEN.words(),
                "125/QĐ-UBND",
                "25/01/2021",
                "Ủy ban nhân dân tỉnh",
                ""
            };
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.length; c++) {
                row.createCell(c).setCellValue(example[c]);
            }
            Sheet codes = workbook.createSheet("Mã");
            int r = 0;
            for (Award award : Award.values()) {
                Row line = codes.createRow(r++);
                line.createCell(0).setCellValue(award.name());
                line.createCell(1).setCellValue(award.label());
            }
            codes.setColumnWidth(1, 50 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row read; each problem named with its row and column. {@code units} finds a unit by its name. */
    static List<Line> read(InputStream in, List<Violation> errors, Function<String, UnitView> units) {
        return Workbooks.read(in, errors, "Tệp không có dòng nào (dòng 1 là tiêu đề).", workbook -> {
            List<Line> lines = new ArrayList<>();
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                int r = row.getRowNum();
                if (r > MAX_ROWS) {
                    errors.add(new Violation("file", "Tệp có quá " + MAX_ROWS + " dòng; hãy chia thành nhiều tệp."));
                    return List.of();
                }
                if (r < 1
                        || SheetCells.text(row, 1).isEmpty()
                                && SheetCells.text(row, 4).isEmpty()) {
                    continue;
                }
                Line line = line(row, "Dòng " + (r + 1), errors, units);
                if (line != null) {
                    lines.add(line);
                }
            }
            return lines;
        });
    }

    private static Line line(Row row, String where, List<Violation> errors, Function<String, UnitView> units) {
        int before = errors.size();
        String kindText = key(SheetCells.text(row, 0));
        SubjectKind kind = kindText.equals("tap the")
                ? SubjectKind.COLLECTIVE
                : kindText.equals("ca nhan") ? SubjectKind.INDIVIDUAL : null;
        if (kind == null) {
            errors.add(new Violation(where, where + ", cột Đối tượng: ghi \"Tập thể\" hoặc \"Cá nhân\"."));
        }
        String name = SheetCells.text(row, 1);
        if (name.isEmpty() || name.length() > 300) {
            errors.add(new Violation(where, where + ": thiếu họ và tên (tên tập thể), hoặc dài quá 300 ký tự."));
        }
        String unitName = SheetCells.text(row, 2);
        UnitView unit = unitName.isEmpty() ? null : units.apply(unitName);
        if (unit == null) {
            errors.add(new Violation(
                    where, where + ", cột Đơn vị: không có đơn vị \"" + unitName + "\" trong danh mục của cơ quan."));
        }
        Award award = null;
        try {
            award = Award.valueOf(SheetCells.text(row, 4).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Violation(
                    where,
                    where + ", cột Mã danh hiệu: \"" + SheetCells.text(row, 4)
                            + "\" không có trong danh mục (xem trang \"Mã\" của tệp mẫu)."));
        }
        if (award != null && kind != null && !award.isFor(kind)) {
            errors.add(new Violation(
                    where,
                    where + ": " + award.label() + " không xét tặng cho "
                            + (kind == SubjectKind.COLLECTIVE ? "tập thể." : "cá nhân.")));
        }
        Integer year = year(row, 6, "Năm", where, errors, true);
        Integer from = year(row, 7, "Từ năm", where, errors, false);
        Integer to = year(row, 8, "Đến năm", where, errors, false);
        int periodFrom = from != null ? from : year != null ? year : 0;
        int periodTo = to != null ? to : year != null ? year : 0;
        if (year != null && periodFrom > periodTo) {
            errors.add(new Violation(where, where + ": Từ năm sau Đến năm."));
        }
        CommendationType type = CommendationType.THUONG_XUYEN;
        if (!SheetCells.text(row, 9).isEmpty()) {
            type = commendationType(SheetCells.text(row, 9));
            if (type == null) {
                type = CommendationType.THUONG_XUYEN;
                errors.add(
                        new Violation(
                                where,
                                where + ", cột Loại hình: \"" + SheetCells.text(row, 9)
                                        + "\" không hợp lệ (thường xuyên; theo đợt, chuyên đề; đột xuất; quá trình cống hiến)."));
            }
        }
        String decision = SheetCells.text(row, 10);
        if (decision.isEmpty() || decision.length() > 60) {
            errors.add(new Violation(where, where + ": thiếu số quyết định (hoặc dài quá 60 ký tự)."));
        }
        LocalDate date = SheetCells.date(row.getCell(11), where, "Ngày quyết định", errors);
        String authority = SheetCells.text(row, 12);
        String certificate = SheetCells.text(row, 13);
        if (authority.length() > 300
                || certificate.length() > 60
                || SheetCells.text(row, 3).length() > 300
                || SheetCells.text(row, 5).length() > 300) {
            errors.add(new Violation(
                    where,
                    where + ": một ô dài quá giới hạn (cơ quan quyết định, tên danh hiệu, chức vụ: 300 ký tự;"
                            + " số bằng: 60 ký tự)."));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Line(
                where,
                new NewAward(
                        null,
                        kind,
                        new UnitId(unit.id()),
                        name,
                        blank(SheetCells.text(row, 3)),
                        award,
                        blank(SheetCells.text(row, 5)),
                        year,
                        periodFrom,
                        periodTo,
                        type,
                        decision,
                        date,
                        new AuthorityId(unit.authorityId()),
                        blank(authority),
                        blank(certificate),
                        "IMPORTED",
                        null,
                        null));
    }

    private static Integer year(
            Row row, int column, String header, String where, List<Violation> errors, boolean required) {
        String text = SheetCells.text(row, column);
        if (text.isEmpty()) {
            if (required) {
                errors.add(new Violation(where, where + ": thiếu " + header.toLowerCase(Locale.ROOT) + "."));
            }
            return null;
        }
        try {
            int year = Integer.parseInt(text.replace(".0", ""));
            if (RegistrySearch.knownYear(year)) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Violation(where, where + ", cột " + header + ": \"" + text + "\" không phải một năm."));
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A name without case, diacritics or repeated spaces: "Sở  Tư pháp" and "so tu phap" are the same unit. */
    static String key(String s) {
        String plain = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
