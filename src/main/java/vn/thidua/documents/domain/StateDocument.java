package vn.thidua.documents.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An administrative document in the layout of Decree 30/2020/NĐ-CP (Phụ lục I): issuing body and
 * its parent top left, national title and motto top right, number and symbol, place and date,
 * type and subject, body, signature block, recipients. Renderers turn it into DOCX and PDF alike.
 */
public record StateDocument(
        @Nullable String parentBody,
        String issuingBody,
        String number,
        String placeAndDate,
        String type,
        String subject,
        List<Block> body,
        Signature signature,
        List<String> recipients,
        @Nullable Signature countersignature,
        List<Block> annex) {

    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    public StateDocument {
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        annex = List.copyOf(annex);
    }

    /** A document signed by one person, with its recipients on the left of the signature. */
    public StateDocument(
            String parentBody,
            String issuingBody,
            String number,
            String placeAndDate,
            String type,
            String subject,
            List<Block> body,
            Signature signature,
            List<String> recipients) {
        this(
                parentBody,
                issuingBody,
                number,
                placeAndDate,
                type,
                subject,
                body,
                signature,
                recipients,
                null,
                List.of());
    }

    /**
     * The signer: an authority prefix (TM., KT., TL., Q.) with the body it signs for, the title, the
     * name; or several names under one title, each signing in turn (a counting committee).
     */
    public record Signature(String prefix, String onBehalfOf, String title, List<String> names) {

        public Signature {
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a signature block names its signer");
            }
        }

        public Signature(String prefix, String onBehalfOf, String title, String name) {
            this(prefix, onBehalfOf, title, List.of(name));
        }

        /** The one signer's name, or the names in turn. */
        public String name() {
            return String.join(", ", names);
        }

        /** The upper lines of the block, e.g. "TM. KHỐI THI ĐUA" then "KHỐI TRƯỞNG". */
        public List<String> heading() {
            return prefix == null || prefix.isBlank()
                    ? List.of(title.toUpperCase())
                    : List.of(prefix + " " + onBehalfOf.toUpperCase(), title.toUpperCase());
        }
    }

    /** One piece of the body, in order. */
    public sealed interface Block permits Heading, Paragraph, Grounds, Table, Centred {}

    /** A centred line, e.g. the deciding authority above "QUYẾT ĐỊNH:" or the title of an annex. */
    public record Centred(String text, boolean bold, boolean italic) implements Block {}

    /** A section heading (bold), e.g. "I. KẾT QUẢ THỰC HIỆN". */
    public record Heading(String text) implements Block {}

    /**
     * A justified paragraph with a first-line indent; {@code editable} marks text the officer is expected to rewrite.
     */
    public record Paragraph(String text, boolean italic, boolean editable) implements Block {

        public static Paragraph of(String text) {
            return new Paragraph(text, false, false);
        }

        public static Paragraph toWrite(String text) {
            return new Paragraph(text, true, true);
        }
    }

    /** Legal grounds (căn cứ): italic, one per line, ";" at line ends and "." after the last. */
    public record Grounds(List<String> lines) implements Block {

        public Grounds {
            lines = List.copyOf(lines);
        }

        public List<String> punctuated() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceAll("[;.]+$", "");
                out.add(line + (i == lines.size() - 1 ? "." : ";"));
            }
            return out;
        }
    }

    /**
     * A bordered table: headers, rows of text, relative column widths, and which columns are numbers (right-aligned).
     */
    public record Table(
            List<String> headers, List<List<String>> rows, List<Integer> widths, List<Integer> numberColumns)
            implements Block {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            numberColumns = List.copyOf(numberColumns);
        }
    }
}
