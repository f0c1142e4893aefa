package vn.thidua.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.platform.validation.Violation;
import vn.thidua.platform.xlsx.Workbooks;
import vn.thidua.scoring.domain.CriterionKind;

/** A scoring table as an Excel sheet "Tiêu chí": one row per criterion, in the order of the table. */
final class TemplateWorkbook {

    static final String SHEET = "Tiêu chí";
    static final String[] HEADERS = {
        "Mã",
        "Nhóm tiêu chí",
        "Tiêu chí",
        "Loại (Chấm điểm / Điểm thưởng / Điểm trừ)",
        "Điểm tối đa",
        "Hướng dẫn chấm",
        "Minh chứng cần có"
    };
    private static final int[] WIDTHS = {8, 30, 60, 18, 10, 50, 40};

    private TemplateWorkbook() {}

    static byte[] write(TemplateView template) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Cells.header(sheet, 0, Cells.bold(workbook), HEADERS, WIDTHS);
            int r = 1;
            for (TemplateView.CriterionView c : template.criteria()) {
                Row row = sheet.createRow(r++);
                Cells.set(row, 0, c.code());
                Cells.set(row, 1, c.group());
                Cells.set(row, 2, c.name());
                Cells.set(row, 3, kindLabel(c.kind()));
                Cells.set(row, 4, c.maxPoints());
                Cells.set(row, 5, c.guidance());
                Cells.set(row, 6, c.evidence());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kindLabel(CriterionKind kind) {
        return switch (kind) {
            case SCORED -> "Chấm điểm";
            case BONUS -> "Điểm thưởng";
            case PENALTY -> "Điểm trừ";
        };
    }

    static CriterionKind kind(String label) {
        String key = fold(label);
        if (key.isEmpty() || key.startsWith("cham") || key.equals("scored")) {
            return CriterionKind.SCORED;
        }
        if (key.contains("thuong") || key.equals("bonus")) {
            return CriterionKind.BONUS;
        }
        if (key.contains("tru") || key.equals("penalty")) {
            return CriterionKind.PENALTY;
        }
        return null;
    }

    private static String fold(String s) {
        String decomposed = Normalizer.normalize(s.strip().toLowerCase(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
    }

    /** Every criterion row; any problem in any row is reported with its row number and nothing is returned. */
    static List<TemplateCommand.CriterionLine> read(InputStream in, List<Violation> errors) {
        List<TemplateCommand.CriterionLine> lines = Workbooks.read(
                in, errors, "Trang tính \"" + SHEET + "\" không có tiêu chí nào (dòng 1 là tiêu đề).", workbook -> {
                    List<TemplateCommand.CriterionLine> read = new ArrayList<>();
                    Sheet sheet = Workbooks.sheet(workbook, SHEET);
                    if (sheet == null) {
                        errors.add(new Violation(
                                "file",
                                "Không có trang tính \"" + SHEET + "\" (hãy dùng tệp mẫu tải về từ bảng tiêu chí)."));
                        return List.of();
                    }
                    for (Row row : sheet) {
                        int r = row.getRowNum();
                        if (r < 1
                                || (Cells.text(row, 0).isEmpty()
                                        && Cells.text(row, 2).isEmpty())) {
                            continue;
                        }
                        String where = "Dòng " + (r + 1);
                        String kindText = Cells.text(row, 3);
                        CriterionKind kind = kind(kindText);
                        if (kind == null) {
                            errors.add(new Violation(
                                    where,
                                    where + ", cột Loại: \"" + kindText
                                            + "\" không phải Chấm điểm, Điểm thưởng hay Điểm trừ."));
                        }
                        BigDecimal max = Cells.number(row, 4, where, "Điểm tối đa", errors);
                        if (Cells.text(row, 0).isEmpty()) {
                            errors.add(new Violation(where, where + ": thiếu mã tiêu chí."));
                        }
                        if (Cells.text(row, 2).isEmpty()) {
                            errors.add(new Violation(where, where + ": thiếu nội dung tiêu chí."));
                        }
                        if (Cells.text(row, 4).isEmpty()) {
                            errors.add(new Violation(where, where + ": thiếu điểm tối đa."));
                        } else if (max != null && max.signum() <= 0) {
                            errors.add(new Violation(where, where + ": điểm tối đa phải lớn hơn 0."));
                        }
                        read.add(new TemplateCommand.CriterionLine(
                                Cells.text(row, 0),
                                Cells.text(row, 1),
                                Cells.text(row, 2),
                                kind,
                                max,
                                Cells.text(row, 5),
                                Cells.text(row, 6)));
                    }
                    return read;
                });
        return errors.isEmpty() ? lines : List.of();
    }
}
