package vn.thidua.platform.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;

/**
 * Opens an uploaded workbook within limits, and answers any file that is not a sound one (not a
 * workbook, a zip bomb, an XML entity attack, a sheet too large to hold in memory) with a
 * Vietnamese refusal instead of an error page. A sheet's XML is limited to {@link #MAX_ENTRY_BYTES}
 * uncompressed: tens of thousands of rows, far below what would fill the heap.
 */
public final class Workbooks {

    /** Uncompressed size of one part of the file (a sheet's XML, the shared strings). */
    public static final long MAX_ENTRY_BYTES = 25L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        // a part that inflates more than 100 times is a bomb, not a spreadsheet
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private Workbooks() {
    }

    public static Workbook open(InputStream in) {
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            boolean tooLarge = message.contains("zip bomb") || message.contains("max entry size") || message.contains("exceed");
            throw new InvalidInputException(List.of(new Violation("file", tooLarge
                    ? "Tệp Excel quá lớn hoặc bị nén bất thường: mỗi trang tính tối đa khoảng 25 MB dữ liệu. Hãy chia thành nhiều tệp."
                    : "Tệp không đọc được như một bảng tính Excel (.xlsx).")));
        }
    }
}
