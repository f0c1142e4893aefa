package vn.thidua.documents.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateDocument.Block;

/**
 * A state document as PDF/A4 with its fonts embedded: the document is written as XHTML in the
 * decree's layout and laid out by openhtmltopdf (PDFBox), page numbers centred at the top from page 2.
 */
public final class PdfWriter {

    private static final String CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm;
                    @top-center { content: counter(page); font-family: 'Times New Roman'; font-size: 13pt; } }
            @page :first { @top-center { content: none; } }
            body { font-family: 'Times New Roman'; font-size: 14pt; margin: 0; }
            table.head { width: 100%; border-collapse: collapse; }
            table.head td { vertical-align: top; text-align: center; padding: 0; font-size: 13pt; }
            .b { font-weight: bold; } .i { font-style: italic; } .up { text-transform: none; }
            .rule { border-top: 0.75pt solid #000; margin: 4pt auto 4pt auto; height: 1pt; font-size: 1pt;
                line-height: 1pt; }
            .head div, .subject { line-height: 1.15; }
            .type { text-align: center; font-weight: bold; margin: 18pt 0 0 0; }
            .subject { text-align: center; font-weight: bold; margin: 0; padding-bottom: 4pt; }
            p.body { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt 0; line-height: 1.25; }
            p.heading { font-weight: bold; margin: 8pt 0 6pt 0; text-indent: 1.27cm; }
            table.data { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 4pt 0 8pt 0;
                -fs-table-paginate: paginate; }
            table.data tr { page-break-inside: avoid; }
            table.short { page-break-inside: avoid; }
            table.data th, table.data td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
            table.data th { font-weight: bold; text-align: center; }
            table.data td.n { text-align: right; }
            table.sign { width: 100%; border-collapse: collapse; margin-top: 12pt; page-break-inside: avoid; }
            table.sign td { vertical-align: top; padding: 0; }
            .recipients { font-size: 11pt; } .recipients-label { font-size: 12pt; font-weight: bold;
                font-style: italic; }
            .signer { text-align: center; font-weight: bold; }
            """;

    private static final int SHORT_TABLE = 12;

    private PdfWriter() {}

    public static byte[] write(StateDocument document) {
        return render(html(document));
    }

    static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Fonts.Face face : Fonts.Face.values()) {
                builder.useFont(
                        face::open,
                        DocxWriter.FONT,
                        face.weight,
                        face.italic ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return reproducible(out.toByteArray(), xhtml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same document gives the same bytes: a document signed outside the product is recognised by
     * its first revision being exactly the PDF issued (signatures.SignedDocuments), so the time-stamped
     * creation date and the random file identifier are replaced by the content's hash.
     */
    private static byte[] reproducible(byte[] pdf, String xhtml) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setCreationDate(null);
            document.getDocumentInformation().setModificationDate(null);
            byte[] id;
            try {
                id = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            id = Arrays.copyOf(id, 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(out);
            return out.toByteArray();
        }
    }

    static String html(StateDocument d) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<html><head><meta charset=\"UTF-8\"/><style>").append(CSS).append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td style=\"width:41%\">");
        if (d.parentBody() != null && !d.parentBody().isBlank()) {
            h.append("<div>").append(esc(d.parentBody().toUpperCase())).append("</div>");
        }
        h.append("<div class=\"b\">").append(esc(d.issuingBody().toUpperCase())).append("</div>");
        h.append("<div class=\"rule\" style=\"width:30%\"></div>");
        if (d.number() != null) {
            h.append("<div style=\"margin-top:4pt\">").append(esc(d.number())).append("</div>");
        }
        h.append("</td><td style=\"width:59%\">");
        h.append("<div class=\"b\" style=\"font-size:12pt\">")
                .append(StateDocument.NATIONAL_TITLE)
                .append("</div>");
        h.append("<div class=\"b\">").append(esc(StateDocument.MOTTO)).append("</div>");
        h.append("<div class=\"rule\" style=\"width:52%\"></div>");
        h.append("<div class=\"i\" style=\"margin-top:4pt\">")
                .append(esc(d.placeAndDate()))
                .append("</div>");
        h.append("</td></tr></table>");
        h.append("<p class=\"type\">").append(esc(d.type().toUpperCase())).append("</p>");
        h.append("<p class=\"subject\">").append(esc(d.subject())).append("</p>");
        h.append("<div class=\"rule\" style=\"width:25%;margin-bottom:12pt\"></div>");
        for (Block block : d.body()) {
            block(h, block);
        }
        h.append("<table class=\"sign\"><tr><td style=\"width:46%\">");
        if (d.countersignature() != null) {
            signer(h, d.countersignature());
        } else {
            h.append("<div class=\"recipients-label\">Nơi nhận:</div>");
            for (String recipient : d.recipients()) {
                h.append("<div class=\"recipients\">- ").append(esc(recipient)).append("</div>");
            }
        }
        h.append("</td><td style=\"width:54%\">");
        signer(h, d.signature());
        h.append("</td></tr></table>");
        if (!d.annex().isEmpty()) {
            h.append("<div style=\"page-break-before: always\"></div>");
            for (Block block : d.annex()) {
                block(h, block);
            }
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static void signer(StringBuilder h, StateDocument.Signature signature) {
        for (String line : signature.heading()) {
            h.append("<div class=\"signer\">").append(esc(line)).append("</div>");
        }
        for (String name : signature.names()) {
            // several names under one title sign one after another, each with room for its signature
            h.append("<div style=\"height:")
                    .append(signature.names().size() == 1 ? 64 : 44)
                    .append("pt\"></div><div class=\"signer\">")
                    .append(esc(name))
                    .append("</div>");
        }
    }

    private static void block(StringBuilder h, Block block) {
        if (block instanceof StateDocument.Heading heading) {
            h.append("<p class=\"heading\">").append(esc(heading.text())).append("</p>");
        } else if (block instanceof StateDocument.Paragraph p) {
            h.append("<p class=\"body")
                    .append(p.italic() ? " i" : "")
                    .append("\">")
                    .append(esc(p.text()))
                    .append("</p>");
        } else if (block instanceof StateDocument.Grounds g) {
            g.punctuated()
                    .forEach(line ->
                            h.append("<p class=\"body i\">").append(esc(line)).append("</p>"));
        } else if (block instanceof StateDocument.Table t) {
            table(h, t);
        } else if (block instanceof StateDocument.Centred c) {
            h.append("<p style=\"text-align:center;margin:0 0 4pt 0\" class=\"")
                    .append(c.bold() ? "b " : "")
                    .append(c.italic() ? "i" : "")
                    .append("\">")
                    .append(esc(c.text()))
                    .append("</p>");
        }
    }

    private static void table(StringBuilder h, StateDocument.Table t) {
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        // a short table moves whole to the next page rather than leave its header alone at the foot of one
        h.append(
                t.rows().size() <= SHORT_TABLE
                        ? "<table class=\"data short\"><thead><tr>"
                        : "<table class=\"data\"><thead><tr>");
        for (int c = 0; c < t.headers().size(); c++) {
            h.append("<th style=\"width:")
                    .append(100 * t.widths().get(c) / total)
                    .append("%\">")
                    .append(esc(t.headers().get(c)))
                    .append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                h.append(t.numberColumns().contains(c) ? "<td class=\"n\">" : "<td>")
                        .append(esc(row.get(c)))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        // characters XML cannot hold would stop the whole document: they carry nothing a reader sees
        return NOT_XML.matcher(text)
                .replaceAll("")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
