package vn.thidua.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.documents.DocumentService;
import vn.thidua.documents.domain.StateDocument;
import vn.thidua.documents.domain.StateFormats;

/** PAdES signing and verification on the tests' own CA, timestamp authority and SoftHSM2 token. */
class PadesSignerTest {

    static final String SIGNER = "Nguyễn Văn Quyết";
    static TestPki pki;
    static String tsa;
    static TestPki.Person decider;
    static Path out = Path.of("target", "signatures");

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("Test Root CA");
        tsa = pki.startTsa();
        decider = pki.person(SIGNER, "quyetdinh@langson.gov.vn");
        Files.createDirectories(out);
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    static byte[] decisionPdf(String signer) {
        StateDocument d = new StateDocument(
                "",
                "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
                StateFormats.number(15, "QĐ-UBND"),
                StateFormats.placeAndDate("Lạng Sơn", LocalDate.of(2026, 12, 4)),
                "Quyết định",
                "Về việc tặng Cờ thi đua năm 2026",
                List.of(new StateDocument.Paragraph("Điều 1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh.", false, false)),
                new StateDocument.Signature("TM.", "Ủy ban nhân dân", "Chủ tịch", signer),
                List.of("Như Điều 3;", "Lưu: VT."));
        return DocumentService.render(d, "quyet-dinh", DocumentService.Format.PDF)
                .content();
    }

    static Appearance appearance(byte[] seal) {
        return new Appearance(
                SIGNER, SIGNER, "UBND tỉnh Lạng Sơn", ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")), null, seal);
    }

    static byte[] seal() throws Exception {
        var img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(new Color(200, 0, 0, 200));
        g.setStroke(new BasicStroke(14));
        g.drawOval(10, 10, 380, 380);
        g.drawOval(60, 60, 280, 280);
        g.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void signsWithAPkcs12FileAsBaselineTAndPdfsigFindsItValidAndWhole() throws Exception {
        byte[] pdf = decisionPdf(SIGNER);
        PadesSigner signer = new PadesSigner(null, 0, tsa);
        PadesSigner.Signed signed = signer.sign(
                pdf, new SigningKey.Pkcs12(decider.pkcs12(), TestPki.PASSWORD.toCharArray()), appearance(seal()));

        assertThat(signed.level()).isEqualTo(eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_T);
        // an incremental update: the issued bytes are the first revision, unchanged
        assertThat(Arrays.equals(signed.content(), 0, pdf.length, pdf, 0, pdf.length))
                .isTrue();
        Path file = out.resolve("pkcs12.pdf");
        Files.write(file, signed.content());

        SignatureReport.Verification v = new PadesVerifier(
                        List.of(new eu.europa.esig.dss.model.x509.CertificateToken(pki.ca)))
                .verify(signed.content(), "pkcs12.pdf");
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signer()).isEqualTo(SIGNER);
            assertThat(s.email()).isEqualTo("quyetdinh@langson.gov.vn");
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.timestamped()).isTrue();
            assertThat(s.wholeDocument()).isTrue();
        });

        TestPki.require("pdfsig");
        TestPki.Result pdfsig = TestPki.run(List.of("pdfsig", file.toString()), null);
        assertThat(pdfsig.output()).contains("Signature is Valid").contains("Total document signed");

        if (TestPki.has("pdftoppm")) {
            TestPki.run(
                    List.of(
                            "pdftoppm",
                            "-png",
                            "-r",
                            "60",
                            file.toString(),
                            out.resolve("pkcs12").toString()),
                    null);
        }
    }

    @Test
    void withTheCasRevocationListAndATimestampTheSignatureIsBaselineLt() throws Exception {
        byte[] pdf = decisionPdf(SIGNER);
        Path crls = Files.createTempDirectory("crls");
        Files.write(crls.resolve("test-root-ca.crl"), pki.crl());
        Files.writeString(crls.resolve("README.txt"), "Danh sách thu hồi của CA gốc");
        List<byte[]> lists = PadesSigner.crlsIn(crls);
        assertThat(lists).hasSize(1);
        PadesSigner signer = new PadesSigner(
                null, 0, tsa, lists, List.of(new eu.europa.esig.dss.model.x509.CertificateToken(pki.ca)));
        assertThat(signer.level()).isEqualTo(eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LT);
        PadesSigner.Signed signed = signer.sign(
                pdf, new SigningKey.Pkcs12(decider.pkcs12(), TestPki.PASSWORD.toCharArray()), appearance(null));
        assertThat(signed.level()).isEqualTo(eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LT);

        // what a verifier finds in the file: the level DSS reads from it, offline, and the revocation list it carries
        eu.europa.esig.dss.validation.SignedDocumentValidator validator =
                eu.europa.esig.dss.validation.SignedDocumentValidator.fromDocument(
                        new eu.europa.esig.dss.model.InMemoryDocument(signed.content(), "lt.pdf"));
        eu.europa.esig.dss.spi.validation.CommonCertificateVerifier offline =
                new eu.europa.esig.dss.spi.validation.CommonCertificateVerifier();
        offline.setAIASource(null);
        offline.setCrlSource(null);
        offline.setOcspSource(null);
        eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource trusted =
                new eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource();
        trusted.addCertificate(new eu.europa.esig.dss.model.x509.CertificateToken(pki.ca));
        offline.setTrustedCertSources(trusted);
        validator.setCertificateVerifier(offline);
        var simple = validator.validateDocument().getSimpleReport();
        assertThat(simple.getSignatureFormat(simple.getFirstSignatureId()))
                .isEqualTo(eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LT);
        assertThat(new String(signed.content(), StandardCharsets.ISO_8859_1))
                .contains("/DSS")
                .contains("/CRLs");

        // the revocation data is a revision after the signature: the report takes it as no change to what was signed
        SignatureReport.Verification v = new PadesVerifier(
                        List.of(new eu.europa.esig.dss.model.x509.CertificateToken(pki.ca)))
                .verify(signed.content(), "lt.pdf");
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.wholeDocument()).isTrue();
        });

        Path file = out.resolve("baseline-lt.pdf");
        Files.write(file, signed.content());
        TestPki.require("pdfsig");
        // pdfsig reads the signature valid, and the revision of revocation data after it as not signed
        assertThat(TestPki.run(List.of("pdfsig", file.toString()), null).output())
                .contains("Signature is Valid")
                .contains("Not total document signed");
    }

    @Test
    void revocationListsThatDoNotCoverTheChainRefuseTheSigningRatherThanSignBelowLt() throws Exception {
        try (TestPki other = new TestPki("Other Root CA")) {
            PadesSigner signer = new PadesSigner(
                    null,
                    0,
                    tsa,
                    List.of(other.crl()),
                    List.of(new eu.europa.esig.dss.model.x509.CertificateToken(pki.ca)));
            Assertions.assertThatThrownBy(() -> signer.sign(
                            decisionPdf(SIGNER),
                            new SigningKey.Pkcs12(decider.pkcs12(), TestPki.PASSWORD.toCharArray()),
                            appearance(null)))
                    .isInstanceOfSatisfying(
                            SigningFailure.class, f -> assertThat(f.code()).isEqualTo("signature.revocation.missing"));
        }
    }

    @Test
    void aPageChangedInARevisionAfterTheSignatureIsReportedAsAddedContent() throws Exception {
        byte[] signed = new PadesSigner(null, 0, null)
                .sign(
                        decisionPdf(SIGNER),
                        new SigningKey.Pkcs12(decider.pkcs12(), TestPki.PASSWORD.toCharArray()),
                        appearance(null))
                .content();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(signed)) {
            PDPage page = d.getPage(0);
            try (var content = new PDPageContentStream(d, page, PDPageContentStream.AppendMode.APPEND, false)) {
                content.addRect(100, 100, 200, 50);
                content.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            d.getPages().getCOSObject().setNeedToBeUpdated(true);
            d.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            d.saveIncremental(out);
        }
        SignatureReport.Verification v = new PadesVerifier(List.of()).verify(out.toByteArray(), "changed.pdf");
        assertThat(v.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact())
                    .as("the signed bytes themselves are untouched")
                    .isTrue();
            assertThat(s.wholeDocument()).isFalse();
        });
    }

    @Test
    void oneChangedByteIsReportedAsAltered() throws Exception {
        byte[] pdf = decisionPdf(SIGNER);
        byte[] signed = new PadesSigner(null, 0, null)
                .sign(pdf, new SigningKey.Pkcs12(decider.pkcs12(), TestPki.PASSWORD.toCharArray()), appearance(null))
                .content();
        byte[] altered = signed.clone();
        int at = indexOf(altered, "Chủ tịch".getBytes(StandardCharsets.ISO_8859_1));
        // a byte of the signed range that does not break the file: inside the document's ID string
        at = at > 0 ? at : indexOf(altered, "/Producer".getBytes(StandardCharsets.US_ASCII)) + 12;
        altered[at] = (byte) (altered[at] ^ 0x01);
        Path file = out.resolve("altered.pdf");
        Files.write(file, altered);

        SignatureReport.Verification v = new PadesVerifier(
                        List.of(new eu.europa.esig.dss.model.x509.CertificateToken(pki.ca)))
                .verify(altered, "altered.pdf");
        assertThat(v.signatures())
                .singleElement()
                .satisfies(s -> assertThat(s.intact()).isFalse());
        SignatureReport.Verification intact = new PadesVerifier(List.of()).verify(signed, "signed.pdf");
        assertThat(intact.signatures()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).as("no trust anchor configured").isFalse();
            assertThat(s.timestamped()).isFalse();
        });

        TestPki.require("pdfsig");
        assertThat(TestPki.run(List.of("pdfsig", file.toString()), null).output())
                .doesNotContain("Signature is Valid");
    }

    @Test
    void signsWithTheKeyOnASoftHsm2Token() throws Exception {
        TestPki.require("softhsm2-util", "pkcs11-tool", "pdfsig");
        TestPki.softhsmToken(decider);
        PadesSigner signer = new PadesSigner(TestPki.softhsmModule().toString(), 0, tsa);
        assertThat(signer.certificate(new SigningKey.Pkcs11("1234".toCharArray()))
                        .getSubjectX500Principal()
                        .getName())
                .contains("CN=" + SIGNER);
        byte[] pdf = decisionPdf(SIGNER);
        byte[] signed = signer.sign(pdf, new SigningKey.Pkcs11("1234".toCharArray()), appearance(null))
                .content();
        Path file = out.resolve("softhsm.pdf");
        Files.write(file, signed);
        assertThat(TestPki.run(List.of("pdfsig", file.toString()), null).output())
                .contains("Signature is Valid")
                .contains("Total document signed");
        assertThat(new PadesVerifier(List.of(new eu.europa.esig.dss.model.x509.CertificateToken(pki.ca)))
                        .verify(signed, "softhsm.pdf")
                        .signatures())
                .singleElement()
                .satisfies(s -> assertThat(s.valid()).isTrue());
    }

    @Test
    void theSameDocumentIsIssuedAsTheSameBytes() {
        assertThat(decisionPdf(SIGNER)).isEqualTo(decisionPdf(SIGNER));
    }

    @Test
    void aWrongPasswordIsRefusedWithItsCode() {
        PadesSigner signer = new PadesSigner(null, 0, null);
        Assertions.assertThatThrownBy(() -> signer.sign(
                        decisionPdf(SIGNER),
                        new SigningKey.Pkcs12(decider.pkcs12(), "sai".toCharArray()),
                        appearance(null)))
                .isInstanceOfSatisfying(
                        SigningFailure.class, e -> assertThat(e.code()).isEqualTo("signature.key.unreadable"));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
