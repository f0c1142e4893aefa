package vn.thidua.platform.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download, its Vietnamese name kept (RFC 6266 filename*). */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {}

    public static ResponseEntity<byte[]> of(byte[] content, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .contentType(MediaType.parseMediaType(contentType))
                .body(content);
    }

    /** A file written straight into the answer (a PDF of a thousand pages, a workbook of any length). */
    public static OutputStream streamed(HttpServletResponse response, String fileName, String contentType)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
        return response.getOutputStream();
    }

    /** An ASCII name as it is; any other also encoded (RFC 6266 filename*), which every browser reads. */
    private static String attachment(String fileName) {
        ContentDisposition.Builder attachment = ContentDisposition.attachment();
        return (StandardCharsets.US_ASCII.newEncoder().canEncode(fileName)
                        ? attachment.filename(fileName)
                        : attachment.filename(fileName, StandardCharsets.UTF_8))
                .build()
                .toString();
    }

    public static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return of(content, fileName, XLSX);
    }
}
