package vn.thidua.documents;

import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.render.DocxWriter;
import vn.thidua.documents.render.PdfWriter;

/**
 * A state-format document of any feature as a file: Word (to edit) or PDF (to print), both written
 * from the same model so that the two cannot drift apart.
 */
public final class DocumentService {

    public enum Format {
        DOCX,
        PDF
    }

    public record File(byte[] content, String name, String contentType) {}

    private DocumentService() {}

    public static File render(StateDocument document, String baseName, Format format) {
        return format == Format.DOCX
                ? new File(
                        DocxWriter.write(document),
                        baseName + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                : new File(PdfWriter.write(document), baseName + ".pdf", "application/pdf");
    }
}
