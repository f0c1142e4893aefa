package vn.thidua.signatures;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.domain.SignerMatch;
import vn.thidua.signatures.internal.SignedDocumentStore;

/**
 * Signed originals (ký số): a feature that issues a document asks here whether it has been signed
 * (then its download is exactly the stored bytes), signs it in the product, or accepts a copy signed
 * outside. The feature decides who may sign which document; this service decides whose the
 * certificate is ({@link SignerMatch}), that an uploaded file is the issued document, and keeps the
 * original. Keys, PINs and passwords are used for one signing and never stored.
 */
@Service
public class SignedDocuments {

    /** The documents that are signed, each named by the row it is drawn from. */
    public enum Kind {
        DECISION,
        MINUTES,
        COUNTING_RECORD,
        SUBMISSION
    }

    public record Ref(Kind kind, long id) {}

    /** The unsigned PDF as the feature issued it, with who issues it and who signs it on the page. */
    public record Issued(
            Ref ref, long authorityId, String fileName, byte[] pdf, String signerName, String organisation) {}

    public record Original(String fileName, byte[] content) {}

    /** A signed document as its page shows it: the certificate's holder, when, and whether signed in the product or uploaded. */
    public record Signature(String signer, java.time.Instant signedAt, boolean uploaded) {}

    private final SignedDocumentStore store;
    private final SignatureSettings settings;
    private final Checks checks;
    private final AuditLog audit;
    private final Clock clock;

    SignedDocuments(SignedDocumentStore store, SignatureSettings settings, Checks checks, AuditLog audit, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Original> original(Ref ref) {
        return store.find(ref.kind().name(), ref.id()).map(o -> new Original(o.fileName(), o.content()));
    }

    @Transactional(readOnly = true)
    public Optional<Signature> signature(Ref ref) {
        return store.signature(ref.kind().name(), ref.id())
                .map(s -> new Signature(s.signerSubject(), s.signedAt(), "UPLOADED".equals(s.how())));
    }

    /**
     * The document's signed original no longer stands (its content is to be redone, e.g. a proposal returned
     * to its proposer): it is kept, marked superseded, no longer served, and the document may be signed again.
     * In the caller's transaction, so that it goes with the step that made it stale.
     */
    @Transactional
    public boolean supersede(Ref ref) {
        return store.supersede(ref.kind().name(), ref.id(), clock.instant());
    }

    /** Signs the issued document with the person's key; the signed file becomes its original. */
    @Transactional
    public Original sign(CurrentUser user, Issued issued, SigningKey key, byte @Nullable [] signerImage) {
        requireUnsigned(issued.ref());
        PadesSigner signer = signer();
        X509Certificate certificate = wrap(() -> signer.certificate(key));
        requireHolder(user, certificate);
        String holder = CertificateNames.commonName(certificate);
        Appearance appearance = new Appearance(
                issued.signerName(),
                holder != null ? holder : issued.signerName(),
                issued.organisation(),
                ZonedDateTime.now(clock),
                signerImage,
                seal(issued.authorityId()));
        PadesSigner.Signed signed = wrap(() -> signer.sign(issued.pdf(), key, appearance));
        return keep(user, issued, signed.content(), certificate, signed.level().toString(), key.how());
    }

    /**
     * Accepts a copy signed outside the product: its first revision must be exactly the document
     * issued (the signature an incremental update of those bytes), every signature intact and
     * covering it, the last covering the whole file, and the signer the person uploading.
     */
    @Transactional
    public Original acceptSigned(CurrentUser user, Issued issued, byte[] uploaded) {
        requireUnsigned(issued.ref());
        byte[] pdf = issued.pdf();
        if (!PadesVerifier.looksLikePdf(uploaded)) {
            throw checks.refusal("file", "signature.verify.notPdf");
        }
        if (uploaded.length <= pdf.length || !Arrays.equals(uploaded, 0, pdf.length, pdf, 0, pdf.length)) {
            throw checks.refusal("file", "signature.upload.notTheDocument");
        }
        SignatureReport.Verification v = wrap(() -> verifier().verify(uploaded, issued.fileName()));
        if (!v.signed()) {
            throw checks.refusal("file", "signature.upload.unsigned");
        }
        for (SignatureReport s : v.signatures()) {
            if (!s.intact()) {
                throw checks.refusal("file", "signature.upload.altered");
            }
        }
        SignatureReport last = v.signatures().get(v.signatures().size() - 1);
        if (!last.wholeDocument()) {
            throw checks.refusal("file", "signature.upload.altered");
        }
        boolean holder = v.signatures().stream()
                .anyMatch(s -> SignerMatch.matches(
                        s.signer(), s.email() == null ? List.of() : List.of(s.email()), user.fullName(), email(user)));
        if (!holder) {
            throw checks.refusal("file", "signature.signer.notYou", user.fullName());
        }
        SignatureReport mine = v.signatures().stream()
                .filter(s -> SignerMatch.matches(
                        s.signer(), s.email() == null ? List.of() : List.of(s.email()), user.fullName(), email(user)))
                .findFirst()
                .orElseThrow();
        return keep(
                user,
                issued,
                uploaded,
                mine.signer(),
                mine.serial(),
                mine.timestamped() ? "PAdES-BASELINE-T" : "PAdES-BASELINE-B",
                "UPLOADED");
    }

    /** Every signature of a PDF, checked against the configured trust anchors. */
    public SignatureReport.Verification verify(byte[] pdf, String fileName) {
        return wrap(() -> verifier().verify(pdf, fileName));
    }

    public boolean timestamped() {
        return settings.tsaUrl() != null;
    }

    public boolean tokenConfigured() {
        return settings.pkcs11Library() != null;
    }

    private Original keep(
            CurrentUser user, Issued issued, byte[] content, X509Certificate certificate, String level, String how) {
        String cn = CertificateNames.commonName(certificate);
        return keep(
                user,
                issued,
                content,
                cn != null ? cn : certificate.getSubjectX500Principal().getName(),
                certificate.getSerialNumber().toString(16),
                level,
                how);
    }

    private Original keep(
            CurrentUser user, Issued issued, byte[] content, String subject, String serial, String level, String how) {
        boolean stored = store.insert(new SignedDocumentStore.Row(
                issued.ref().kind().name(),
                issued.ref().id(),
                issued.authorityId(),
                issued.fileName(),
                content,
                sha256(content),
                sha256(issued.pdf()),
                user.id(),
                subject,
                serial,
                level,
                how,
                clock.instant()));
        if (!stored) {
            throw checks.conflict("signature.alreadySigned");
        }
        audit.record(AuditEvent.by(
                user,
                AuditAction.DOCUMENT_SIGNED,
                issued.authorityId(),
                issued.fileName(),
                "Ký số bởi " + subject + " (" + level + ", " + how + ")"));
        return new Original(issued.fileName(), content);
    }

    private void requireUnsigned(Ref ref) {
        if (store.find(ref.kind().name(), ref.id()).isPresent()) {
            throw checks.conflict("signature.alreadySigned");
        }
    }

    private void requireHolder(CurrentUser user, X509Certificate certificate) {
        if (!SignerMatch.matches(
                CertificateNames.commonName(certificate),
                CertificateNames.emails(certificate),
                user.fullName(),
                email(user))) {
            throw checks.refusal("key", "signature.signer.notYou", user.fullName());
        }
    }

    private @Nullable String email(CurrentUser user) {
        return store.email(user.id()).orElse(null);
    }

    private byte @Nullable [] seal(long authorityId) {
        if (settings.seals() == null) {
            return null;
        }
        java.nio.file.Path file = settings.seals().resolve(authorityId + ".png");
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readAllBytes(file) : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private PadesSigner signer() {
        return new PadesSigner(
                settings.pkcs11Library(),
                settings.pkcs11Slot(),
                settings.tsaUrl(),
                PadesSigner.crlsIn(settings.crls()),
                PadesVerifier.anchorsIn(settings.trustAnchors()));
    }

    private PadesVerifier verifier() {
        return new PadesVerifier(PadesVerifier.anchorsIn(settings.trustAnchors()));
    }

    private <T> T wrap(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SigningFailure e) {
            throw checks.refusal(e.field(), e.code());
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
