package vn.thidua.signatures;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.ServiceLoaderPdfObjFactory;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Signs a PDF as PAdES (ETSI EN 319 142) with EU DSS: baseline B-T when a timestamp authority is
 * configured, B-B when none is, and B-LT when revocation lists are given as well (a directory of CRL
 * files kept by the operator: nothing is fetched), whose data the signature then carries. Plain Java,
 * so that tests sign without the application.
 */
public final class PadesSigner {

    /** The signed file, the certificate that signed it and the PAdES level reached. */
    public record Signed(byte[] content, X509Certificate certificate, SignatureLevel level) {}

    private final @Nullable String pkcs11Library;
    private final int pkcs11Slot;
    private final @Nullable String tsaUrl;
    private final List<byte[]> crls;
    private final List<CertificateToken> anchors;

    public PadesSigner(@Nullable String pkcs11Library, int pkcs11Slot, @Nullable String tsaUrl) {
        this(pkcs11Library, pkcs11Slot, tsaUrl, List.of(), List.of());
    }

    /** With revocation lists (DER) for B-LT, and the trust anchors the chains end at. */
    public PadesSigner(
            @Nullable String pkcs11Library,
            int pkcs11Slot,
            @Nullable String tsaUrl,
            List<byte[]> crls,
            List<CertificateToken> anchors) {
        this.pkcs11Library = pkcs11Library;
        this.pkcs11Slot = pkcs11Slot;
        this.tsaUrl = tsaUrl;
        this.crls = List.copyOf(crls);
        this.anchors = List.copyOf(anchors);
    }

    public SignatureLevel level() {
        if (tsaUrl == null) {
            return SignatureLevel.PAdES_BASELINE_B;
        }
        return crls.isEmpty() ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_LT;
    }

    /** The revocation lists (PEM or DER, one or several a file) found in a directory, as DER; none without one. */
    public static List<byte[]> crlsIn(@Nullable Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        List<byte[]> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                if (Files.isRegularFile(file)) {
                    try (var in = Files.newInputStream(file)) {
                        for (var crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                            found.add(((X509CRL) crl).getEncoded());
                        }
                    } catch (CRLException | CertificateException e) {
                        // a file that holds no revocation list (a README) is none
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The certificate of the key, to check whose it is before anything is signed. */
    public X509Certificate certificate(SigningKey key) {
        try (AbstractKeyStoreTokenConnection token = open(key)) {
            return entry(token).getCertificate().getCertificate();
        }
    }

    public Signed sign(byte[] pdf, SigningKey key, Appearance appearance) {
        try (AbstractKeyStoreTokenConnection token = open(key)) {
            DSSPrivateKeyEntry entry = entry(token);
            PAdESSignatureParameters parameters = new PAdESSignatureParameters();
            parameters.setSignatureLevel(level());
            parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
            parameters.setSigningCertificate(entry.getCertificate());
            parameters.setCertificateChain(List.of(entry.getCertificateChain()));
            parameters.bLevel().setSigningDate(Date.from(appearance.at().toInstant()));
            parameters.setSignerName(appearance.signerName());
            parameters.setLocation(appearance.organisation());
            parameters.setImageParameters(image(pdf, appearance));

            CommonCertificateVerifier verifier = new CommonCertificateVerifier();
            // nothing fetched while signing: the chain is the one the key holds
            verifier.setAIASource(null);
            verifier.setOcspSource(null);
            if (!crls.isEmpty()) {
                // B-LT: the revocation data of every certificate of the chains, from the operator's lists only
                verifier.setCrlSource(new ExternalResourcesCRLSource(crls.stream()
                        .map(crl -> new InMemoryDocument(crl, "revocation.crl"))
                        .toArray(DSSDocument[]::new)));
                CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
                anchors.forEach(trusted::addCertificate);
                verifier.setTrustedCertSources(trusted);
                verifier.setCheckRevocationForUntrustedChains(true);
            }
            PAdESService service = new PAdESService(verifier);
            // the body's own signature lies over the left third of the person's (Decree 30): an overlap meant
            PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
            positions.setAlertOnSignatureFieldOverlap(new LogOnStatusAlert());
            ServiceLoaderPdfObjFactory objects = new ServiceLoaderPdfObjFactory();
            objects.setPdfSignatureFieldPositionChecker(positions);
            service.setPdfObjFactory(objects);
            if (tsaUrl != null) {
                OnlineTSPSource tsp = new OnlineTSPSource(tsaUrl);
                tsp.setDataLoader(new TimestampDataLoader());
                service.setTspSource(tsp);
            }
            DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            SignatureValue value = token.sign(toBeSigned, parameters.getDigestAlgorithm(), entry);
            DSSDocument signed = service.signDocument(document, parameters, value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            signed.writeTo(out);
            return new Signed(out.toByteArray(), entry.getCertificate().getCertificate(), level());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SigningFailure e) {
            throw e;
        } catch (RuntimeException e) {
            if (!crls.isEmpty() && String.valueOf(e.getMessage()).contains("evocation")) {
                // DSS refuses B-LT when a certificate of the chains has no revocation data in the lists
                throw new SigningFailure("key", "signature.revocation.missing", e);
            }
            if (tsaUrl != null
                    && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timestamp")) {
                throw new SigningFailure("key", "signature.tsa.unreachable", e);
            }
            throw e;
        }
    }

    private SignatureImageParameters image(byte[] pdf, Appearance appearance) throws IOException {
        SignaturePlace place;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            place = SignaturePlace.find(document, appearance.placeName());
        }
        SignatureImage.Picture picture = SignatureImage.draw(appearance, place.width(), place.height());
        SignatureImageParameters image = new SignatureImageParameters();
        image.setImage(new InMemoryDocument(picture.png(), "signature.png", MimeTypeEnum.PNG));
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(place.page());
        field.setOriginX(place.x() - picture.overhangLeft());
        field.setOriginY(place.y() - picture.overhangTop());
        field.setWidth(picture.width());
        field.setHeight(picture.height());
        image.setFieldParameters(field);
        return image;
    }

    private AbstractKeyStoreTokenConnection open(SigningKey key) {
        try {
            if (key instanceof SigningKey.Pkcs12 p12) {
                return new Pkcs12SignatureToken(p12.file(), new KeyStore.PasswordProtection(p12.password()));
            }
            SigningKey.Pkcs11 p11 = (SigningKey.Pkcs11) key;
            if (pkcs11Library == null) {
                throw new SigningFailure("pin", "signature.pkcs11.none");
            }
            return new Pkcs11SignatureToken(pkcs11Library, () -> p11.pin().clone(), -1, pkcs11Slot, null);
        } catch (SigningFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SigningFailure(
                    key instanceof SigningKey.Pkcs11 ? "pin" : "password", "signature.key.unreadable", e);
        }
    }

    private static DSSPrivateKeyEntry entry(AbstractKeyStoreTokenConnection token) {
        List<DSSPrivateKeyEntry> keys;
        try {
            keys = token.getKeys();
        } catch (RuntimeException e) {
            throw new SigningFailure("password", "signature.key.unreadable", e);
        }
        if (keys.isEmpty()) {
            throw new SigningFailure("key", "signature.key.none");
        }
        return keys.get(0);
    }

    static List<CertificateToken> chain(DSSPrivateKeyEntry entry) {
        return List.of(entry.getCertificateChain());
    }
}
