package vn.thidua.signatures;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** Files an attacker would send to the verification and signing endpoints, each built by the test, nothing fetched. */
public final class HostileFiles {

    private HostileFiles() {}

    /**
     * A one-page PDF whose page content is {@code megabytes} of zeros compressed once, or {@code nesting}
     * times over (a compressed stream of a compressed stream), a few hundred kilobytes at most on disk.
     */
    public static byte[] bomb(int megabytes, int nesting) {
        byte[] data = deflateZeros(megabytes);
        for (int i = 1; i < nesting; i++) {
            data = deflate(data);
        }
        String filters = String.join(" ", Collections.nCopies(nesting, "/FlateDecode"));
        return pdf(data, "/Filter [" + filters + "]");
    }

    /** A bomb of {@code megabytes} whose stream dictionary says more, e.g. that it is a small image. */
    public static byte[] bombWith(int megabytes, String dictionary) {
        return pdf(deflateZeros(megabytes), "/Filter /FlateDecode " + dictionary);
    }

    /** An honest compressed RGB picture of {@code width} × {@code height} (zeros: it compresses a thousand times). */
    public static byte[] pdfWithImage(int width, int height) {
        int megabytes = (int) Math.max(1, (long) width * height * 3 / (1024 * 1024));
        return pdf(
                deflateZeros(megabytes),
                "/Filter /FlateDecode /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                        + " /ColorSpace /DeviceRGB /BitsPerComponent 8");
    }

    /** The first half of a real PDF. */
    public static byte[] truncated(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** A PDF that opens only with a password (AES-256). */
    public static byte[] encrypted() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("chu-so-huu", "nguoi-doc", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF with {@code count} signature fields, each with a signature dictionary (saved compressed, in object
     * streams).
     */
    public static byte[] manySignatures(int count) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            for (int i = 0; i < count; i++) {
                PDSignatureField field = new PDSignatureField(form);
                field.setPartialName("ky" + i);
                PDSignature signature = new PDSignature();
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
                signature.setByteRange(new int[] {0, 10, 20, 30});
                signature.setContents(new byte[64]);
                field.getCOSObject().setItem(COSName.V, signature);
                field.getWidgets().get(0).setPage(page);
                page.getAnnotations().add(field.getWidgets().get(0));
                form.getFields().add(field);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that are no PKCS#12 file at all. */
    public static byte[] garbageKey() {
        byte[] bytes = new byte[4096];
        new Random(22).nextBytes(bytes);
        bytes[0] = 0x30; // an ASN.1 sequence's first byte, so that a reader does start
        return bytes;
    }

    /** A PNG whose header declares {@code side} × {@code side} pixels (its data is a tiny real picture's). */
    public static byte[] hugePng(int side) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
            byte[] png = out.toByteArray();
            // IHDR: after the 8-byte signature, 4 bytes length, "IHDR", then width and height (big-endian)
            ByteBuffer.wrap(png, 16, 8).putInt(side).putInt(side);
            CRC32 crc = new CRC32();
            crc.update(png, 12, 17);
            ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal PDF (catalog, pages, one page) whose page content is the given stream data with its filter. */
    private static byte[] pdf(byte[] content, String filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] offsets = new int[5];
        write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsets[1] = out.size();
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets[2] = out.size();
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets[3] = out.size();
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n");
        offsets[4] = out.size();
        write(out, "4 0 obj\n<< /Length " + content.length + " " + filter + " >>\nstream\n");
        out.writeBytes(content);
        write(out, "\nendstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int i = 1; i < 5; i++) {
            table.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        write(out, table + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static byte[] deflateZeros(int megabytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        byte[] buffer = new byte[65536];
        for (int i = 0; i < megabytes; i++) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
