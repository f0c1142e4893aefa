package vn.thidua.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.thidua.signatures.Appearance;
import vn.thidua.signatures.PadesSigner;
import vn.thidua.signatures.SigningKey;
import vn.thidua.signatures.TestPki;

/**
 * What the signing tests share: one test root CA for the class, the people it certifies (each made
 * once, on first use, by name), a PDF signed outside the product as a signer would at their desk, a
 * key posted to a document's signing endpoint, and the signed file checked with poppler's pdfsig.
 * Registered as {@code @RegisterExtension static final SigningFixture pki = new SigningFixture();}: the
 * CA goes with the class.
 */
public final class SigningFixture implements AfterAllCallback {

    /** The reason a signature applied outside the product shows. */
    public static final String OUTSIDE = "Ký ngoài hệ thống";

    private @Nullable TestPki pki;
    private final Map<String, TestPki.Person> people = new LinkedHashMap<>();

    /** The test CA, made on first use. */
    public synchronized TestPki pki() throws Exception {
        if (pki == null) {
            pki = new TestPki("Test Root CA");
        }
        return pki;
    }

    /** The person of this name certified by the test CA (no e-mail), the same one each time. */
    public TestPki.Person person(String fullName) throws Exception {
        return person(fullName, null);
    }

    /** The person of this name and e-mail certified by the test CA, the same one each time. */
    public synchronized TestPki.Person person(String fullName, @Nullable String email) throws Exception {
        TestPki.Person known = people.get(fullName);
        if (known == null) {
            known = pki().person(fullName, email);
            people.put(fullName, known);
        }
        return known;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (pki != null) {
            pki.close();
            pki = null;
        }
        people.clear();
    }

    /** The PDF signed with the key (its PKCS#12 file), the appearance naming {@code shownName} for {@code reason}. */
    public static byte[] sign(byte[] pdf, TestPki.Person key, String shownName, String reason) {
        return new PadesSigner(null, 0, null)
                .sign(
                        pdf,
                        new SigningKey.Pkcs12(key.pkcs12(), TestPki.PASSWORD.toCharArray()),
                        new Appearance(
                                shownName,
                                shownName,
                                reason,
                                ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                                null,
                                null))
                .content();
    }

    /** The PDF signed outside the product with the key, the appearance naming {@code shownName}. */
    public static byte[] signOutside(byte[] pdf, TestPki.Person key, String shownName) {
        return sign(pdf, key, shownName, OUTSIDE);
    }

    /** The PDF signed outside the product by the person of this name, the appearance naming them. */
    public byte[] signOutside(byte[] pdf, String fullName) throws Exception {
        return signOutside(pdf, person(fullName), fullName);
    }

    /** The person's PKCS#12 file and its password posted to {@code document + "/signature"} through the API. */
    public static Api.Response signWithKey(Api api, String document, TestPki.Person key) {
        return api.postFile(
                document + "/signature", Map.of("password", TestPki.PASSWORD), "p12", "k.p12", key.pkcs12());
    }

    /** The same through a page's form. */
    public static WebSession.Page signWithKey(WebSession session, String document, TestPki.Person key) {
        return session.postFile(
                document + "/signature", Map.of("password", TestPki.PASSWORD), "p12", "k.p12", key.pkcs12());
    }

    /** Whether {@code signed} begins with every byte of {@code original}: a revision added, the original intact. */
    public static boolean keeps(byte[] signed, byte[] original) {
        return Arrays.equals(signed, 0, original.length, original, 0, original.length);
    }

    /** A copy of the PDF with the byte at {@code at} changed. */
    public static byte[] altered(byte[] pdf, int at) {
        byte[] copy = pdf.clone();
        copy[at] = (byte) (copy[at] ^ 0x01);
        return copy;
    }

    /** A copy of the PDF with its middle byte changed: no longer the document that was issued. */
    public static byte[] altered(byte[] pdf) {
        return altered(pdf, pdf.length / 2);
    }

    /** The content in a new temporary file, its absolute path (a browser's file input takes it). */
    public static Path temp(String prefix, String suffix, byte[] content) throws Exception {
        Path file = Files.createTempFile(prefix, suffix);
        Files.write(file, content);
        return file.toAbsolutePath();
    }

    /**
     * The signed PDF written to target/signatures/{@code pdfName}, its first page drawn beside it as
     * {@code picture}-1.png at {@code dpi}; what pdfsig says of it. Skipped without poppler's tools
     * (failed on CI).
     */
    public static String pdfsig(byte[] pdf, String pdfName, String picture, int dpi) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "signatures"));
        Path file = out.resolve(pdfName);
        Files.write(file, pdf);
        TestPki.require("pdfsig", "pdftoppm");
        String report = TestPki.run(List.of("pdfsig", file.toString()), null).output();
        TestPki.run(
                List.of(
                        "pdftoppm",
                        "-png",
                        "-r",
                        String.valueOf(dpi),
                        file.toString(),
                        out.resolve(picture).toString()),
                null);
        return report;
    }
}
