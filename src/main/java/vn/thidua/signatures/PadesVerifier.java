package vn.thidua.signatures;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.exception.InvalidPasswordException;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.thidua.platform.files.PdfScreen;

/**
 * Verifies every signature of a PDF with EU DSS against the configured trust anchors, offline: no
 * certificate, revocation list or OCSP answer is fetched, so the answer says what the file itself
 * and the anchors prove.
 */
public final class PadesVerifier {

    /** How long one verification may run before it is given up (the file refused, the work interrupted). */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<CertificateToken> anchors;
    private final PdfScreen.Limits limits;
    private final Duration timeout;

    public PadesVerifier(List<CertificateToken> anchors) {
        this(anchors, PdfScreen.Limits.DEFAULT, TIMEOUT);
    }

    public PadesVerifier(List<CertificateToken> anchors, PdfScreen.Limits limits, Duration timeout) {
        this.anchors = List.copyOf(anchors);
        this.limits = limits;
        this.timeout = timeout;
    }

    /** The certificates (PEM or DER, one or several a file) found in a directory; none without one. */
    public static List<CertificateToken> anchorsIn(@Nullable Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        List<CertificateToken> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                if (Files.isRegularFile(file)) {
                    try (var in = Files.newInputStream(file)) {
                        for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                            found.add(new CertificateToken((X509Certificate) c));
                        }
                    } catch (CertificateException e) {
                        // a file that holds no certificate (a README) is no anchor
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    public SignatureReport.Verification verify(byte[] pdf, String fileName) {
        if (!looksLikePdf(pdf)) {
            throw new SigningFailure("file", "signature.verify.notPdf");
        }
        PdfScreen.Result screened = PdfScreen.screen(pdf, limits);
        switch (screened.verdict()) {
            case ACCEPTED -> {}
            case NOT_PDF -> throw new SigningFailure("file", "signature.verify.notPdf");
            case INFLATES_TOO_MUCH, IMAGE_TOO_LARGE -> throw new SigningFailure("file", "signature.verify.bomb");
            case TOO_MANY_SIGNATURES -> throw new SigningFailure("file", "signature.verify.tooManySignatures");
            case TOO_MANY_REVISIONS -> throw new SigningFailure("file", "signature.verify.tooManyRevisions");
        }
        return Bounded.run(() -> validate(pdf, fileName), timeout);
    }

    private SignatureReport.Verification validate(byte[] pdf, String fileName) {
        SignedDocumentValidator validator;
        try {
            validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, fileName, MimeTypeEnum.PDF));
        } catch (RuntimeException e) {
            throw new SigningFailure("file", "signature.verify.notPdf", e);
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        anchors.forEach(trusted::addCertificate);
        verifier.setTrustedCertSources(trusted);
        validator.setCertificateVerifier(verifier);
        // the certificates' bytes in the report, for the e-mail of a subject alternative name
        validator.setTokenExtractionStrategy(TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
        DiagnosticData diagnostic;
        try {
            diagnostic = validator.validateDocument().getDiagnosticData();
        } catch (InvalidPasswordException e) {
            throw new SigningFailure("file", "signature.verify.encrypted", e);
        } catch (RuntimeException e) {
            // a truncated or malformed file: DSS's and PDFBox's own words (English) are not shown
            throw new SigningFailure("file", "signature.verify.notPdf", e);
        }
        List<SignatureReport> reports = new ArrayList<>();
        for (SignatureWrapper s : diagnostic.getSignatures()) {
            reports.add(report(s, pdf.length));
        }
        reports.sort(
                Comparator.comparing(SignatureReport::signingTime, Comparator.nullsLast(Comparator.naturalOrder())));
        return new SignatureReport.Verification(fileName, reports);
    }

    private static SignatureReport report(SignatureWrapper s, int length) {
        CertificateWrapper cert = s.getSigningCertificate();
        List<CertificateWrapper> chain = s.getCertificateChain();
        List<TimestampWrapper> stamps = s.getSignatureTimestamps();
        Instant time = !stamps.isEmpty()
                ? stamps.get(0).getProductionTime().toInstant()
                : s.getClaimedSigningTime() == null
                        ? null
                        : s.getClaimedSigningTime().toInstant();
        boolean stampsIntact = stamps.stream().allMatch(t -> t.isMessageImprintDataIntact() && t.isSignatureValid());
        PDFRevisionWrapper revision = s.getPDFRevision();
        long covered = 0;
        boolean validationDataOnlyAfter = false;
        if (revision != null) {
            List<BigInteger> range = revision.getSignatureByteRange();
            if (range != null && range.size() == 4) {
                covered = range.get(2).add(range.get(3)).longValue();
            }
            // B-LT and LTA add validation data after the signature (a DSS dictionary, a document timestamp):
            // that is no change to what was signed
            validationDataOnlyAfter =
                    revision.getPdfSignatureOrFormFillChanges().isEmpty()
                            && revision.getPdfAnnotationChanges().isEmpty()
                            && revision.getPdfUndefinedChanges().isEmpty()
                            && !revision.arePdfModificationsDetected();
        }
        boolean whole = covered == length || validationDataOnlyAfter;
        boolean trusted = !chain.isEmpty() && chain.stream().anyMatch(CertificateWrapper::isTrusted);
        return new SignatureReport(
                cert == null ? "" : name(cert),
                cert == null ? null : email(cert),
                cert == null ? "" : String.valueOf(cert.getSerialNumber()),
                cert == null ? "" : String.valueOf(cert.getCertificateIssuerDN()),
                time,
                !stamps.isEmpty(),
                s.isSignatureIntact() && s.isSignatureValid() && stampsIntact,
                trusted,
                whole,
                covered,
                chain.stream().map(PadesVerifier::name).toList());
    }

    private static String name(CertificateWrapper c) {
        String cn = c.getCommonName();
        return cn != null && !cn.isBlank() ? cn : String.valueOf(c.getCertificateDN());
    }

    private static @Nullable String email(CertificateWrapper c) {
        String subject = c.getEmail();
        if (subject != null && !subject.isBlank()) {
            return subject;
        }
        byte[] der = c.getBinaries();
        if (der == null) {
            return null;
        }
        List<String> all = CertificateNames.emails(CertificateNames.parse(der));
        return all.isEmpty() ? null : all.get(0);
    }

    static boolean looksLikePdf(byte[] bytes) {
        return bytes.length > 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }
}
