package vn.thidua.platform.xlsx;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.platform.files.Downloads;
import vn.thidua.platform.text.Dates;

/**
 * A list of the UI as an Excel sheet with Vietnamese headers, streamed (SXSSF) so that a long list
 * never sits in memory: {@code XlsxTable.of("Đơn vị", columns).write(rows, response, "don-vi.xlsx")}.
 */
public final class XlsxTable<T> {

    private final String sheet;
    private final List<Column<T>> columns;

    private XlsxTable(String sheet, List<Column<T>> columns) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
    }

    public static <T> XlsxTable<T> of(String sheet, List<Column<T>> columns) {
        return new XlsxTable<>(sheet, columns);
    }

    public static <T> Column<T> column(String header, int width, Function<T, Object> value) {
        return new Column<>(header, width, value);
    }

    public void write(Iterable<T> rows, HttpServletResponse response, String fileName) throws IOException {
        write(rows::forEach, response, fileName);
    }

    /**
     * Writes the rows a source hands over one at a time (a query walking its result set), so that an
     * export of any length is never held in memory: SXSSF keeps 500 rows, the source none.
     */
    public void write(Consumer<Consumer<T>> source, HttpServletResponse response, String fileName) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            fill(workbook, source);
            // the answer is taken only once the rows are read: a database lost meanwhile still gets its 503 page
            workbook.write(Downloads.streamed(response, fileName, Downloads.XLSX));
        } finally {
            workbook.close();
        }
    }

    /**
     * The same rows on several sheets, each table its own columns (a list held in memory, walked once
     * per sheet): the registry's own columns first, the certificate list's beside them.
     */
    @SafeVarargs
    public static <T> void write(List<T> rows, HttpServletResponse response, String fileName, XlsxTable<T>... tables)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try {
            for (XlsxTable<T> table : tables) {
                table.fill(workbook, rows::forEach);
            }
            workbook.write(Downloads.streamed(response, fileName, Downloads.XLSX));
        } finally {
            workbook.close();
        }
    }

    private void fill(SXSSFWorkbook workbook, Consumer<Consumer<T>> source) {
        Sheet s = workbook.createSheet(sheet);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = s.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c).header());
            header.getCell(c).setCellStyle(bold);
            s.setColumnWidth(c, columns.get(c).width() * 256);
        }
        int[] r = {1};
        source.accept(item -> {
            Row row = s.createRow(r[0]++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(item);
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate day) {
                    // as the officer writes a day, never the ISO 2026-01-15 of toString()
                    row.createCell(c).setCellValue(DAYS.day(day));
                } else if (value instanceof Instant moment) {
                    row.createCell(c).setCellValue(DAYS.time(moment));
                } else if (value instanceof Boolean yes) {
                    row.createCell(c).setCellValue(yes ? "Có" : "Không");
                } else if (value != null) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        });
    }

    private static final Dates DAYS = new Dates();

    public record Column<T>(String header, int width, Function<T, Object> value) {}
}
