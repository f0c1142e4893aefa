package vn.thidua.platform.files;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download, its Vietnamese name kept (RFC 6266 filename*). */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    public static ResponseEntity<byte[]> of(byte[] content, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(content);
    }

    public static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
        return of(content, fileName, XLSX);
    }
}
