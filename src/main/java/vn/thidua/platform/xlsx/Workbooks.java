package vn.thidua.platform.xlsx;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.MissingSheetException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;

/**
 * Opens an uploaded workbook within limits, and answers any file that is not a sound one (not a
 * workbook, a zip bomb, an XML entity attack, a sheet too large to hold in memory) with a
 * Vietnamese refusal instead of an error page. First a streaming pass (SAX, constant memory)
 * counts every sheet's rows and cells and stops at {@link #MAX_ROWS} or {@link #MAX_CELLS}; a file
 * within them is then read row by row (excel-streaming-reader), never held whole: readers visit
 * each sheet's rows once, in order, with {@code for (Row row : sheet)}. A part's XML is limited to
 * {@link #MAX_ENTRY_BYTES} uncompressed.
 */
public final class Workbooks {

    /** Uncompressed size of one part of the file (a sheet's XML, the shared strings). */
    public static final long MAX_ENTRY_BYTES = 25L * 1024 * 1024;
    /** More rows than any import here takes (the largest, the award registry, takes 20,000). */
    public static final int MAX_ROWS = 50_000;

    public static final int MAX_CELLS = 1_000_000;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        // a part that inflates more than 100 times is a bomb, not a spreadsheet
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private Workbooks() {}

    public static Workbook open(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(false);
        }
        if (countWithinLimits(bytes)) {
            try {
                // row by row: a sheet is never held whole; its rows are visited once, in order
                return StreamingReader.builder()
                        .rowCacheSize(200)
                        .bufferSize(8192)
                        .open(new ByteArrayInputStream(bytes));
            } catch (RuntimeException e) {
                throw unreadable(false);
            }
        }
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            boolean tooLarge =
                    message.contains("zip bomb") || message.contains("max entry size") || message.contains("exceed");
            throw unreadable(tooLarge);
        }
    }

    /** What a reader takes from an opened upload: its rows, or none when it refused the file. */
    @FunctionalInterface
    public interface Reader<T> {
        List<T> read(Workbook workbook) throws IOException;
    }

    /**
     * An upload read row by row by {@code reader}: a file that opens but cannot be read as a workbook is refused beside
     * "file" (and nothing is read), and so is one with no row to read ({@code whenEmpty}; null where no row is no
     * refusal) where no other problem was named.
     */
    public static <T> List<T> read(
            InputStream in, List<Violation> errors, @Nullable String whenEmpty, Reader<T> reader) {
        List<T> read;
        try (Workbook workbook = open(in)) {
            read = reader.read(workbook);
        } catch (IOException | IllegalStateException | UnsupportedFileFormatException | EmptyFileException e) {
            errors.add(new Violation("file", "Tệp không đọc được như một bảng tính Excel (.xlsx)."));
            return List.of();
        }
        if (whenEmpty != null && read.isEmpty() && errors.isEmpty()) {
            errors.add(new Violation("file", whenEmpty));
        }
        return read;
    }

    /** The sheet of this name, or null (the streaming reader throws where POI answers null). */
    public static Sheet sheet(Workbook workbook, String name) {
        try {
            return workbook.getSheet(name);
        } catch (MissingSheetException missing) {
            return null;
        }
    }

    private static InvalidInputException unreadable(boolean tooLarge) {
        return new InvalidInputException(List.of(new Violation(
                "file",
                tooLarge
                        ? "Tệp Excel quá lớn hoặc bị nén bất thường: mỗi trang tính tối đa khoảng 25 MB dữ liệu. Hãy chia thành nhiều tệp."
                        : "Tệp không đọc được như một bảng tính Excel (.xlsx).")));
    }

    /** Thrown by the counting pass as soon as a limit is passed, so that the rest is never read. */
    private static final class OverLimit extends SAXException {
        OverLimit() {
            super("over limit");
        }
    }

    /**
     * The streaming pass over an .xlsx: every sheet's XML through a secure SAX parser, counting rows
     * and cells. Not an .xlsx package (an old .xls, or not a workbook at all): left to the full read,
     * which refuses it or reads it within the upload's size.
     */
    private static boolean countWithinLimits(byte[] bytes) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException | InvalidFormatException notXlsx) {
            return false;
        }
        int[] rows = {0};
        int[] cells = {0};
        try {
            var sheets = new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes)
                                throws SAXException {
                            if ("row".equals(localName) && ++rows[0] > MAX_ROWS
                                    || "c".equals(localName) && ++cells[0] > MAX_CELLS) {
                                throw new OverLimit();
                            }
                        }
                    });
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (OverLimit tooMany) {
            throw new InvalidInputException(List.of(new Violation(
                    "file", "Tệp có quá " + MAX_ROWS + " dòng hoặc " + MAX_CELLS + " ô: hãy chia thành nhiều tệp.")));
        } catch (Exception broken) {
            String message = String.valueOf(broken.getMessage()).toLowerCase(Locale.ROOT);
            throw unreadable(
                    message.contains("zip bomb") || message.contains("max entry size") || message.contains("exceed"));
        } finally {
            // read only: nothing to save back
            pkg.revert();
        }
        return true;
    }
}
