package vn.thidua.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.onboarding.domain.Column;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.validation.Messages;

/**
 * The template: instructions with an example of every sheet, the five data sheets with their
 * headings only (a board's authority already written in), and the lists of kinds and roles the
 * cells offer.
 */
final class WorkbookTemplate {

    static final String HELP_SHEET = "Hướng dẫn";
    static final String LISTS_SHEET = "Danh mục";
    private static final int HELP_LINES = 9;
    private static final int VALIDATED_ROWS = 2000;

    private record Styles(CellStyle bold, CellStyle example, CellStyle wrap) {

        static Styles of(XSSFWorkbook workbook) {
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle example = workbook.createCellStyle();
            Font exampleFont = workbook.createFont();
            exampleFont.setItalic(true);
            exampleFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example.setFont(exampleFont);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            return new Styles(bold, example, wrap);
        }
    }

    private final Messages messages;
    private final Choices choices;

    WorkbookTemplate(Messages messages, Choices choices) {
        this.messages = messages;
        this.choices = choices;
    }

    byte[] write(AuthorityView authority, int year) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = Styles.of(workbook);
            help(workbook.createSheet(HELP_SHEET), styles, year);
            for (ProvinceSheet data : ProvinceSheet.values()) {
                Sheet sheet = workbook.createSheet(data.title());
                headings(sheet.createRow(0), data, styles);
                for (Column column : data.columns()) {
                    sheet.setColumnWidth(column.index(), column.width() * 256);
                    sheet.setDefaultColumnStyle(column.index(), styles.wrap());
                }
                sheet.createFreezePane(0, 1);
            }
            if (authority != null) {
                Row row = workbook.getSheet(ProvinceSheet.AUTHORITY.title()).createRow(1);
                row.createCell(Column.AUTHORITY_CODE.index()).setCellValue(authority.code());
                row.createCell(Column.AUTHORITY_NAME.index()).setCellValue(authority.name());
                row.createCell(Column.AUTHORITY_KIND.index())
                        .setCellValue(choices.authorityKinds().label(authority.kind()));
            }
            lists(workbook, styles.bold());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void help(Sheet help, Styles styles, int year) {
        help.setColumnWidth(0, 40 * 256);
        int r = 0;
        help.createRow(r++).createCell(0).setCellValue(messages.get("onboarding.help.title"));
        help.getRow(0).getCell(0).setCellStyle(styles.bold());
        for (int i = 1; i <= HELP_LINES; i++) {
            help.createRow(r++).createCell(0).setCellValue(messages.get("onboarding.help." + i));
        }
        for (Map.Entry<ProvinceSheet, List<List<String>>> sheet : examples(year).entrySet()) {
            r++;
            help.createRow(r++)
                    .createCell(0)
                    .setCellValue(messages.get(
                            "onboarding.help.example", sheet.getKey().title()));
            headings(help.createRow(r++), sheet.getKey(), styles);
            for (List<String> values : sheet.getValue()) {
                Row row = help.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                    row.getCell(c).setCellStyle(styles.example());
                }
            }
        }
        for (int c = 1; c < 7; c++) {
            help.setColumnWidth(c, 28 * 256);
        }
    }

    private static void headings(Row row, ProvinceSheet sheet, Styles styles) {
        for (Column column : sheet.columns()) {
            row.createCell(column.index()).setCellValue(column.heading());
            row.getCell(column.index()).setCellStyle(styles.bold());
        }
    }

    /** The lists of codes and labels, and a drop-down on each cell that takes one (a code typed in is accepted too). */
    private void lists(XSSFWorkbook workbook, CellStyle bold) {
        Sheet lists = workbook.createSheet(LISTS_SHEET);
        int c = 0;
        Row headings = lists.createRow(0);
        for (Choice<?> choice : choices.all()) {
            Column column = choice.column();
            List<String[]> values = choice.codesAndLabels();
            headings.createCell(c).setCellValue(column.heading() + " (mã)");
            headings.createCell(c + 1).setCellValue(column.heading());
            headings.getCell(c).setCellStyle(bold);
            headings.getCell(c + 1).setCellStyle(bold);
            lists.setColumnWidth(c, 18 * 256);
            lists.setColumnWidth(c + 1, 34 * 256);
            for (int i = 0; i < values.size(); i++) {
                Row row = lists.getRow(i + 1) == null ? lists.createRow(i + 1) : lists.getRow(i + 1);
                row.createCell(c).setCellValue(values.get(i)[0]);
                row.createCell(c + 1).setCellValue(values.get(i)[1]);
            }
            // the list offers the codes: short, and what the reader takes first
            String range = "'" + LISTS_SHEET + "'!$" + Column.letter(c) + "$2:$" + Column.letter(c) + "$"
                    + (values.size() + 1);
            Sheet target = workbook.getSheet(column.sheet().title());
            DataValidationHelper helper = target.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(1, VALIDATED_ROWS, column.index(), column.index()));
            validation.setShowErrorBox(false);
            target.addValidationData(validation);
            c += 3;
        }
    }

    private static Map<ProvinceSheet, List<List<String>>> examples(int year) {
        Map<ProvinceSheet, List<List<String>>> examples = new LinkedHashMap<>();
        examples.put(ProvinceSheet.AUTHORITY, List.of(List.of("lang-son", "Tỉnh Lạng Sơn", "PROVINCE")));
        examples.put(
                ProvinceSheet.UNITS,
                List.of(
                        List.of("Sở Tài chính", "STC", "SO", "stc@langson.gov.vn", "0205 3812 345"),
                        List.of("Sở Nội vụ", "SNV", "SO", "", ""),
                        List.of("Văn phòng UBND tỉnh", "VP UBND", "VAN_PHONG", "", "")));
        examples.put(
                ProvinceSheet.COUNCIL,
                List.of(List.of(
                        "Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh")));
        examples.put(
                ProvinceSheet.BLOCS,
                List.of(List.of(
                        "Cụm các cơ quan Tham mưu tổng hợp",
                        "CUM",
                        String.valueOf(year),
                        "Sở Tài chính; Sở Nội vụ; Văn phòng UBND tỉnh",
                        "Sở Tài chính",
                        "Sở Nội vụ",
                        "Nguyễn Văn An")));
        examples.put(
                ProvinceSheet.ACCOUNTS,
                List.of(
                        List.of(
                                "taichinh.lethibinh",
                                "Lê Thị Bình",
                                "binh@langson.gov.vn",
                                "UNIT_OFFICER",
                                "Sở Tài chính"),
                        List.of("hoidong.nguyenvanan", "Nguyễn Văn An", "", "COUNCIL_MEMBER", "Nguyễn Văn An"),
                        List.of("ban.tranthicuc", "Trần Thị Cúc", "", "BOARD", "")));
        return examples;
    }
}
