package vn.thidua.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateDocument.Block;

/**
 * A state document as an editable Word file: real paragraphs and tables in Times New Roman, A4 with
 * the decree's margins, page numbers centred at the top from page 2.
 */
public final class DocxWriter {

    static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;
    private static final int INDENT = 720;

    private DocxWriter() {}

    public static byte[] write(StateDocument document) {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(docx);
            header(docx, document);
            title(docx, document);
            for (Block block : document.body()) {
                block(docx, block);
            }
            signatureAndRecipients(docx, document);
            if (!document.annex().isEmpty()) {
                docx.createParagraph().setPageBreak(true);
                for (Block block : document.annex()) {
                    block(docx, block);
                }
            }
            pageNumbers(docx);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30 * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15 * TWIPS_PER_MM));
        margins.setHeader(BigInteger.valueOf(10 * TWIPS_PER_MM));
        margins.setFooter(BigInteger.valueOf(10 * TWIPS_PER_MM));
    }

    /** Issuing body and number on the left, national title, motto, place and date on the right, without borders. */
    private static void header(XWPFDocument docx, StateDocument d) {
        XWPFTable table = borderless(docx, 2, new int[] {3800, 5500});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph first = left.getParagraphs().get(0);
        if (d.parentBody() != null && !d.parentBody().isBlank()) {
            text(first, d.parentBody().toUpperCase(), 13, false, false);
            first = left.addParagraph();
        }
        text(first, d.issuingBody().toUpperCase(), 13, true, false);
        shortRule(first, 1000);
        if (d.number() != null) {
            XWPFParagraph number = left.addParagraph();
            text(number, d.number(), 13, false, false);
            number.setSpacingBefore(120);
        }
        XWPFParagraph national = right.getParagraphs().get(0);
        text(national, StateDocument.NATIONAL_TITLE, 12, true, false);
        XWPFParagraph motto = right.addParagraph();
        text(motto, StateDocument.MOTTO, 13, true, false);
        shortRule(motto, 900);
        XWPFParagraph date = right.addParagraph();
        text(date, d.placeAndDate(), 13, false, true);
        date.setSpacingBefore(120);
    }

    private static void title(XWPFDocument docx, StateDocument d) {
        XWPFParagraph type = docx.createParagraph();
        type.setSpacingBefore(360);
        text(type, d.type().toUpperCase(), 14, true, false);
        XWPFParagraph subject = docx.createParagraph();
        text(subject, d.subject(), 14, true, false);
        shortRule(subject, 3000);
        subject.setSpacingAfter(240);
    }

    private static void block(XWPFDocument docx, Block block) {
        if (block instanceof StateDocument.Heading h) {
            XWPFParagraph p = body(docx);
            p.setSpacingBefore(120);
            run(p, h.text(), 14, true, false);
        } else if (block instanceof StateDocument.Paragraph p) {
            run(body(docx), p.text(), 14, false, p.italic());
        } else if (block instanceof StateDocument.Grounds g) {
            g.punctuated().forEach(line -> run(body(docx), line, 14, false, true));
        } else if (block instanceof StateDocument.Table t) {
            table(docx, t);
        } else if (block instanceof StateDocument.Centred c) {
            XWPFParagraph p = docx.createParagraph();
            p.setSpacingAfter(60);
            text(p, c.text(), 14, c.bold(), c.italic());
        }
    }

    private static void table(XWPFDocument docx, StateDocument.Table t) {
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        XWPFTable table = docx.createTable(t.rows().size() + 1, t.headers().size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < t.headers().size(); c++) {
            int width = 9300 * t.widths().get(c) / total;
            for (int r = 0; r <= t.rows().size(); r++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidth(String.valueOf(width));
                String value = r == 0 ? t.headers().get(c) : t.rows().get(r - 1).get(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(
                        r == 0
                                ? ParagraphAlignment.CENTER
                                : t.numberColumns().contains(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                run(p, value, 12, r == 0, false);
            }
        }
        docx.createParagraph().setSpacingAfter(120);
    }

    private static void signatureAndRecipients(XWPFDocument docx, StateDocument d) {
        XWPFTable table = borderless(docx, 2, new int[] {4300, 5000});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        if (d.countersignature() != null) {
            signer(left, d.countersignature());
        } else {
            XWPFParagraph label = left.getParagraphs().get(0);
            label.setAlignment(ParagraphAlignment.LEFT);
            run(label, "Nơi nhận:", 12, true, true);
            for (String recipient : d.recipients()) {
                XWPFParagraph line = left.addParagraph();
                line.setSpacingAfter(0);
                run(line, "- " + recipient, 11, false, false);
            }
        }
        signer(right, d.signature());
    }

    private static void signer(XWPFTableCell cell, StateDocument.Signature signature) {
        List<String> heading = signature.heading();
        XWPFParagraph p = cell.getParagraphs().get(0);
        for (int i = 0; i < heading.size(); i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            text(p, heading.get(i), 14, true, false);
        }
        for (String name : signature.names()) {
            for (int i = 0; i < (signature.names().size() == 1 ? 4 : 3); i++) {
                cell.addParagraph();
            }
            text(cell.addParagraph(), name, 14, true, false);
        }
    }

    /** Page numbers in the top margin, centred, not on page 1 (a distinct, empty first-page header). */
    private static void pageNumbers(XWPFDocument docx) {
        docx.getDocument().getBody().getSectPr().addNewTitlePg();
        docx.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        style(run, 13, false, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static XWPFTable borderless(XWPFDocument docx, int columns, int[] widths) {
        XWPFTable table = docx.createTable(1, columns);
        table.removeBorders();
        for (int c = 0; c < columns; c++) {
            table.getRow(0).getCell(c).setWidth(String.valueOf(widths[c]));
        }
        return table;
    }

    private static XWPFParagraph body(XWPFDocument docx) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(INDENT);
        p.setSpacingAfter(120);
        return p;
    }

    /** A centred line of the header or title. */
    private static void text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
    }

    /** A short solid line under a centred paragraph: a bottom border narrowed by equal indents. */
    private static void shortRule(XWPFParagraph p, int indent) {
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        style(run, size, bold, italic);
        run.setText(text);
    }

    private static void style(XWPFRun run, int size, boolean bold, boolean italic) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
    }
}
