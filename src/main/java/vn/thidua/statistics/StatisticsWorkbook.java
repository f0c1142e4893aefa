package vn.thidua.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.statistics.domain.Headings;
import vn.thidua.statistics.domain.StatForm;

/**
 * The report as a workbook, one sheet per form in the circular's layout: form number, circular and due date top left,
 * reporting and receiving units top right, title and year, unit of measure, the headings merged as the form draws
 * them, the column numbers (A, B, C, 1, 2…), the rows, and the signature block (người lập biểu; place and date,
 * thủ trưởng đơn vị). Times New Roman, landscape A4 fitted to the page's width.
 */
final class StatisticsWorkbook {

    private static final int CODE_WIDTH = 7;
    private static final int UNIT_WIDTH = 12;
    private static final float LINE_POINTS = 15.5f;

    private StatisticsWorkbook() {}

    static void write(StatisticsService.Report report, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            for (StatForm.Filled<?> filled : report.forms()) {
                sheet(book, styles, report, filled);
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, Styles s, StatisticsService.Report report, StatForm.Filled<?> filled) {
        StatForm<?> form = filled.form();
        Sheet sheet = book.createSheet(form.sheetName());
        boolean unitColumn = form.unitOfMeasure() == null;
        int first = unitColumn ? 3 : 2; // the total's column
        int last = first + form.columns().size();
        // a form of many columns (0602) keeps them narrow so that the page, fitted to its width, stays readable
        int many = form.columns().size();
        int labelWidth = many > 8 ? 40 : 50;
        int countWidth = many > 8 ? 9 : many > 4 ? 13 : 18;
        sheet.setColumnWidth(0, labelWidth * 256);
        sheet.setColumnWidth(1, CODE_WIDTH * 256);
        if (unitColumn) {
            sheet.setColumnWidth(2, UNIT_WIDTH * 256);
        }
        for (int c = first; c <= last; c++) {
            sheet.setColumnWidth(c, countWidth * 256);
        }
        int right = Math.max(first, last - 3); // where the right-hand blocks start; they end with the table

        text(sheet, 0, 0, form.caption().replace("Biểu số ", "Biểu số: "), s.bold);
        if (form.caption().startsWith("Biểu số")) {
            text(sheet, 1, 0, StatisticForms.CIRCULAR, s.italic);
            text(sheet, 2, 0, StatisticForms.DUE, s.plain);
        } else {
            text(sheet, 1, 0, StatisticForms.ANNEX, s.italic);
        }
        text(sheet, 0, last, "Đơn vị báo cáo: " + report.authority().name(), s.boldRight);
        text(sheet, 1, last, "Đơn vị nhận báo cáo: " + StatisticForms.RECEIVER, s.plainRight);

        merged(sheet, 4, 0, last, form.title(), s.title);
        sheet.getRow(4).setHeightInPoints(form.title().length() > 90 ? 36 : 20);
        merged(sheet, 5, 0, last, "Năm " + report.year(), s.centeredItalic);
        if (form.unitOfMeasure() != null) {
            text(sheet, 6, last, "Đơn vị tính: " + form.unitOfMeasure(), s.italicRight);
        }

        int top = 7;
        int depth = Headings.depth(form);
        // each heading row as tall as its longest text needs at its width (POI cannot measure merged cells)
        float[] heights = new float[depth];
        Arrays.fill(heights, 2 * LINE_POINTS);
        heights[depth - 1] = Math.max(heights[depth - 1], lines(form.totalHeading(), countWidth) * LINE_POINTS);
        for (List<Headings.Span> level : Headings.of(form)) {
            for (Headings.Span span : level) {
                float needed = lines(span.text(), span.colspan() * countWidth) * LINE_POINTS;
                float has = 0;
                for (int r = span.row(); r < span.row() + span.rowspan() - 1; r++) {
                    has += heights[r];
                }
                int lastRow = span.row() + span.rowspan() - 1;
                heights[lastRow] = Math.max(heights[lastRow], needed - has);
            }
        }
        for (int r = 0; r < depth; r++) {
            row(sheet, top + r).setHeightInPoints(heights[r]);
        }
        header(sheet, s, top, 0, depth, "");
        header(sheet, s, top, 1, depth, "Mã số");
        if (unitColumn) {
            header(sheet, s, top, 2, depth, "Đơn vị tính");
        }
        header(sheet, s, top, first, depth, form.totalHeading());
        for (List<Headings.Span> level : Headings.of(form)) {
            for (Headings.Span span : level) {
                int col = first + 1 + span.column();
                box(
                        sheet,
                        s.heading,
                        top + span.row(),
                        top + span.row() + span.rowspan() - 1,
                        col,
                        col + span.colspan() - 1,
                        span.text());
            }
        }
        int codes = top + depth;
        box(sheet, s.heading, codes, codes, 0, 0, "A");
        box(sheet, s.heading, codes, codes, 1, 1, "B");
        if (unitColumn) {
            box(sheet, s.heading, codes, codes, 2, 2, "C");
        }
        box(sheet, s.heading, codes, codes, first, first, "1");
        for (Headings.Span span : Headings.codes(form)) {
            int col = first + 1 + span.column();
            box(sheet, s.heading, codes, codes, col, col + span.colspan() - 1, span.text());
        }

        int r = codes + 1;
        for (int i = 0; i < form.rows().size(); i++) {
            StatForm.Row<?> line = form.rows().get(i);
            Row row = row(sheet, r);
            boolean strong = line.level() != StatForm.Level.ITEM && line.level() != StatForm.Level.SUBITEM;
            cell(
                    row,
                    0,
                    line.label(),
                    strong ? s.labelBold : line.level() == StatForm.Level.SUBITEM ? s.labelSub : s.label);
            cell(row, 1, line.code(), s.center);
            if (unitColumn) {
                cell(row, 2, line.unit() == null ? "" : line.unit(), s.center);
            }
            for (int c = 0; c <= form.columns().size(); c++) {
                Integer count = filled.count(i, c);
                Cell cell = row.createCell(first + c);
                cell.setCellStyle(strong ? s.numberBold : s.number);
                if (count != null) {
                    cell.setCellValue(count);
                }
            }
            // labels are in the regular face, narrower than the headings' bold
            row.setHeightInPoints(lines(line.label(), labelWidth * 6 / 5) * LINE_POINTS);
            r++;
        }

        r += 1;
        merged(sheet, r, right, last, "…, ngày … tháng … năm …", s.centeredItalic);
        text(sheet, r + 1, 0, "NGƯỜI LẬP BIỂU", s.boldCentered);
        merged(sheet, r + 1, right, last, "THỦ TRƯỞNG ĐƠN VỊ", s.boldCentered);
        text(sheet, r + 2, 0, "(Ký, họ tên)", s.centeredItalic);
        merged(sheet, r + 2, right, last, "(Ký, đóng dấu, họ tên)", s.centeredItalic);

        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setRepeatingRows(new CellRangeAddress(top, codes, -1, -1));
    }

    /** How many lines a text takes in a cell of that width (in characters), words kept whole; at least one. */
    static int lines(String text, int width) {
        int perLine = Math.max(4, (int) (width * 0.95) - 1);
        int lines = 0;
        for (String paragraph : text.split("\n")) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int w = word.length();
                if (used > 0 && used + 1 + w > perLine) {
                    lines++;
                    used = w;
                } else {
                    used += (used > 0 ? 1 : 0) + w;
                }
            }
        }
        return Math.max(1, lines);
    }

    private static void header(Sheet sheet, Styles s, int top, int col, int depth, String text) {
        box(sheet, s.heading, top, top + depth - 1, col, col, text);
    }

    /** A bordered cell, merged when it spans more than one. */
    private static void box(Sheet sheet, CellStyle style, int r1, int r2, int c1, int c2, String text) {
        for (int r = r1; r <= r2; r++) {
            Row row = row(sheet, r);
            for (int c = c1; c <= c2; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(style);
            }
        }
        row(sheet, r1).getCell(c1).setCellValue(text);
        if (r1 != r2 || c1 != c2) {
            CellRangeAddress range = new CellRangeAddress(r1, r2, c1, c2);
            sheet.addMergedRegion(range);
            RegionUtil.setBorderTop(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderLeft(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
        }
    }

    private static void merged(Sheet sheet, int r, int c1, int c2, String text, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c1);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
        }
    }

    private static void text(Sheet sheet, int r, int c, String text, CellStyle style) {
        cell(row(sheet, r), c, text, style);
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    /** The few styles of a form, made once per workbook. */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle plainRight;
        final CellStyle boldRight;
        final CellStyle italicRight;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle centeredItalic;
        final CellStyle boldCentered;
        final CellStyle title;
        final CellStyle heading;
        final CellStyle label;
        final CellStyle labelBold;
        final CellStyle labelSub;
        final CellStyle center;
        final CellStyle number;
        final CellStyle numberBold;

        Styles(XSSFWorkbook book) {
            Font normal = font(book, false, false, 12);
            Font strong = font(book, true, false, 12);
            Font slanted = font(book, false, true, 12);
            plain = style(book, normal, null, false, false);
            plainRight = style(book, normal, HorizontalAlignment.RIGHT, false, false);
            boldRight = style(book, strong, HorizontalAlignment.RIGHT, false, false);
            italicRight = style(book, slanted, HorizontalAlignment.RIGHT, false, false);
            bold = style(book, strong, null, false, false);
            italic = style(book, slanted, null, false, false);
            centeredItalic = style(book, slanted, HorizontalAlignment.CENTER, false, false);
            boldCentered = style(book, strong, HorizontalAlignment.CENTER, false, false);
            title = style(book, font(book, true, false, 13), HorizontalAlignment.CENTER, false, true);
            heading = style(book, strong, HorizontalAlignment.CENTER, true, true);
            label = style(book, normal, HorizontalAlignment.LEFT, true, true);
            labelBold = style(book, strong, HorizontalAlignment.LEFT, true, true);
            labelSub = style(book, slanted, HorizontalAlignment.LEFT, true, true);
            labelSub.setIndention((short) 1);
            center = style(book, normal, HorizontalAlignment.CENTER, true, true);
            number = style(book, normal, HorizontalAlignment.RIGHT, true, false);
            numberBold = style(book, strong, HorizontalAlignment.RIGHT, true, false);
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            numberBold.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        }

        private static Font font(XSSFWorkbook book, boolean bold, boolean italic, int points) {
            Font f = book.createFont();
            f.setFontName("Times New Roman");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            f.setItalic(italic);
            return f;
        }

        private static CellStyle style(
                XSSFWorkbook book, Font font, HorizontalAlignment align, boolean bordered, boolean wrap) {
            CellStyle st = book.createCellStyle();
            st.setFont(font);
            if (align != null) {
                st.setAlignment(align);
            }
            st.setVerticalAlignment(VerticalAlignment.CENTER);
            st.setWrapText(wrap);
            if (bordered) {
                st.setBorderTop(BorderStyle.THIN);
                st.setBorderBottom(BorderStyle.THIN);
                st.setBorderLeft(BorderStyle.THIN);
                st.setBorderRight(BorderStyle.THIN);
            }
            return st;
        }
    }
}
