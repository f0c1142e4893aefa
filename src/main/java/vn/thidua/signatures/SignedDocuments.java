package vn.thidua.signatures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.files.UploadLimit;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.signatures.domain.SignerMatch;
import vn.thidua.signatures.internal.SignedDocumentStore;

/**
 * Signed originals (ký số): a feature that issues a document asks here whether it has been signed
 * (then its download is exactly the stored bytes), signs it in the product, or accepts a copy signed
 * outside. The feature names the document's signature places and who may apply a signature; this
 * service decides which place a certificate fills ({@link SignerMatch} against the place's holder),
 * that an uploaded file is the issued document (or the stored original with signatures added), and
 * keeps the original. The first signature fixes the issued PDF; each later one is an incremental
 * revision of the stored bytes, every earlier signature left intact. Keys, PINs and passwords are used
 * for one signing and never stored. Longer than 400 lines because its records (a document, its places,
 * their state) are the vocabulary every issuing feature signs with, and the rules that pick a signature's
 * place and keep its revision are the same for a signing in the product and an upload: split apart, the
 * two would drift.
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

    /**
     * A place of the document's signature block: its title ("Chủ trì hội nghị"), the name printed under
     * it (where the signature's image goes), and whose certificate fills it: the holder's name, and, when
     * the holder is an account, that account (then its e-mail decides when both sides carry one).
     */
    public record Place(
            String title,
            String name,
            String holder,
            @Nullable Long holderUserId,
            boolean organisation) {

        public Place(String title, String name, String holder, @Nullable Long holderUserId) {
            this(title, name, holder, holderUserId, false);
        }

        /**
         * The issuing body's own signature (Decree 30/2020, chữ ký số của cơ quan, tổ chức): held by the body's
         * certificate, its picture the body's seal over the left third of the person's signature printed above
         * {@code over}; the person's picture then carries no seal.
         */
        public static Place organisation(String title, String over, String body) {
            return new Place(title, over, body, null, true);
        }

        /**
         * A place filled by a named person, not necessarily an account: "Họ và tên, chức vụ" and "Họ và tên
         * (Trưởng ban)" are held by "Họ và tên".
         */
        public static Place named(String title, String name) {
            String holder = name.split("[,(]", 2)[0].strip();
            return new Place(title, name, holder.isEmpty() ? name.strip() : holder, null);
        }

        /** A place filled by the signed-in person itself, its name printed as {@code printed}. */
        public static Place signer(String title, String printed, CurrentUser user) {
            return new Place(title, printed, user.fullName(), user.id());
        }
    }

    /**
     * The unsigned PDF as the feature issued it, with who issues it, its signature places (in the order
     * they sign when {@code ordered}) and whether the issuing body's seal goes over its signatures.
     */
    public record Issued(
            Ref ref,
            long authorityId,
            String fileName,
            byte[] pdf,
            String organisation,
            List<Place> places,
            boolean ordered,
            boolean sealed) {

        public Issued {
            places = List.copyOf(places);
            if (places.isEmpty()) {
                throw new IllegalArgumentException("a signed document has a place to sign");
            }
        }

        /** A document one person signs, the issuing body's seal over the signature (the decision, the tờ trình). */
        public static Issued bySigner(
                Ref ref, long authorityId, String fileName, byte[] pdf, Place place, String organisation) {
            return new Issued(ref, authorityId, fileName, pdf, organisation, List.of(place), false, true);
        }
    }

    public record Original(String fileName, byte[] content) {}

    /**
     * A signed document as its page shows it: the certificate's holder, when, and whether signed in the product or
     * uploaded.
     */
    public record Signature(String signer, Instant signedAt, boolean uploaded) {}

    /** A place as a page shows it: signed by whom and when, or awaited. */
    public record PlaceState(Place place, @Nullable Signature signature) {

        public boolean signed() {
            return signature != null;
        }
    }

    /** Every place of a document and its signature; started once one is signed (the content is then frozen). */
    public record State(List<PlaceState> places) {

        public boolean started() {
            return places.stream().anyMatch(PlaceState::signed);
        }

        public boolean complete() {
            return places.stream().allMatch(PlaceState::signed);
        }
    }

    private final SignedDocumentStore store;
    private final SignatureSettings settings;
    private final Checks checks;
    private final AuditLog audit;
    private final Clock clock;
    private final UploadLimit limit;

    SignedDocuments(
            SignedDocumentStore store,
            SignatureSettings settings,
            Checks checks,
            AuditLog audit,
            Clock clock,
            UploadLimit limit) {
        this.limit = limit;
        this.store = store;
        this.settings = settings;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The stored original (its latest signed revision) once one signature exists. */
    @Transactional(readOnly = true)
    public Optional<Original> original(Ref ref) {
        return store.find(ref.kind().name(), ref.id()).map(o -> new Original(o.fileName(), o.content()));
    }

    /** The first signature of a document, as its page shows it; empty while it is unsigned. */
    @Transactional(readOnly = true)
    public Optional<Signature> signature(Ref ref) {
        return store.signature(ref.kind().name(), ref.id())
                .map(s -> new Signature(s.signerSubject(), s.signedAt(), "UPLOADED".equals(s.how())));
    }

    /** Each of the document's places, signed or awaited. */
    @Transactional(readOnly = true)
    public State state(Ref ref, List<Place> places) {
        List<SignedDocumentStore.Filled> filled = store.signatures(ref.kind().name(), ref.id());
        List<PlaceState> states = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            int place = i;
            states.add(new PlaceState(
                    places.get(i),
                    filled.stream()
                            .filter(f -> f.place() == place)
                            .findFirst()
                            .map(f -> new Signature(f.signerSubject(), f.signedAt(), "UPLOADED".equals(f.how())))
                            .orElse(null)));
        }
        return new State(states);
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

    /** The key a request names; none is a refusal like any missing field. */
    /** A PKCS#12 file holds a key and its chain: a few kilobytes; more is refused before it is opened. */
    static final long MAX_KEY_FILE_BYTES = 64 * 1024;
    /** A signature's picture: a small PNG or JPEG. */
    static final long MAX_IMAGE_BYTES = 1024 * 1024;

    /** The key of one signing from the form or the API: a PKCS#12 file with its password, or the token's PIN. */
    public SigningKey key(SignatureRequests.Sign request) {
        if (request.p12() != null && request.p12().getSize() > MAX_KEY_FILE_BYTES) {
            throw checks.refusal("p12", "signature.key.tooLarge");
        }
        SigningKey key = request.key();
        if (key == null) {
            throw checks.refusal("key", "signature.sign.key");
        }
        return key;
    }

    public byte @Nullable [] image(SignatureRequests.Sign request) {
        if (request.image() != null && request.image().getSize() > MAX_IMAGE_BYTES) {
            throw checks.refusal("image", "signature.image.tooLarge");
        }
        return request.imageBytes();
    }

    /**
     * The bytes of a copy signed outside, refused above the upload limit before they are read; none chosen is a refusal
     * like any missing field.
     */
    public byte[] file(SignatureRequests.Signed request) {
        if (request.file() != null && limit.exceededBy(request.file().getSize())) {
            throw checks.refusal("file", "signature.verify.tooLarge", limit.megabytes());
        }
        byte[] file = request.bytes();
        if (file == null) {
            throw checks.refusal("file", "signature.upload.file");
        }
        return file;
    }

    /**
     * Signs the document with the person's key in the place its certificate's holder fills: the issued
     * PDF for the first signature, the stored original for a later one; the signed file is the original.
     */
    @Transactional
    public Original sign(CurrentUser user, Issued issued, SigningKey key, byte @Nullable [] signerImage) {
        Optional<SignedDocumentStore.Original> standing =
                store.find(issued.ref().kind().name(), issued.ref().id());
        Set<Integer> taken = taken(issued, standing.isPresent());
        PadesSigner signer = signer();
        X509Certificate certificate = wrap(() -> signer.certificate(key));
        String holder = CertificateNames.commonName(certificate);
        int place = place(user, issued, taken, holder, CertificateNames.emails(certificate), "key");
        Place filled = issued.places().get(place);
        byte[] seal = issued.sealed() ? seal(issued.authorityId()) : null;
        // when the body signs apart, its seal is its own signature's picture, not a part of the person's
        boolean bodySignsApart = issued.places().stream().anyMatch(Place::organisation);
        Appearance appearance = new Appearance(
                filled.name(),
                holder != null ? holder : filled.holder(),
                filled.organisation() ? filled.holder() : issued.organisation(),
                ZonedDateTime.now(clock),
                filled.organisation() ? null : signerImage,
                filled.organisation() || !bodySignsApart ? seal : null,
                filled.organisation());
        byte[] base = standing.map(SignedDocumentStore.Original::content).orElse(issued.pdf());
        PadesSigner.Signed signed = wrap(() -> signer.sign(base, key, appearance));
        String subject =
                holder != null ? holder : certificate.getSubjectX500Principal().getName();
        SignedDocumentStore.Signer row = new SignedDocumentStore.Signer(
                place,
                filled.title(),
                filled.name(),
                user.id(),
                subject,
                certificate.getSerialNumber().toString(16),
                signed.level().toString(),
                key.how(),
                clock.instant());
        return keep(user, issued, standing, signed.content(), List.of(row));
    }

    /**
     * Accepts a copy signed outside the product: an incremental update of exactly the issued document
     * (for the first signature) or of the stored original (for a later one), every signature intact, the
     * last covering the whole file, and each signature added filling a place awaited by its holder.
     */
    @Transactional
    public Original acceptSigned(CurrentUser user, Issued issued, byte[] uploaded) {
        Optional<SignedDocumentStore.Original> standing =
                store.find(issued.ref().kind().name(), issued.ref().id());
        Set<Integer> taken = taken(issued, standing.isPresent());
        byte[] base = standing.map(SignedDocumentStore.Original::content).orElse(issued.pdf());
        if (!PadesVerifier.looksLikePdf(uploaded)) {
            throw checks.refusal("file", "signature.verify.notPdf");
        }
        if (uploaded.length <= base.length || !Arrays.equals(uploaded, 0, base.length, base, 0, base.length)) {
            throw checks.refusal(
                    "file",
                    standing.isPresent() ? "signature.upload.notTheOriginal" : "signature.upload.notTheDocument");
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
        if (v.signatures().stream().noneMatch(SignatureReport::wholeDocument)) {
            throw checks.refusal("file", "signature.upload.altered");
        }
        List<SignatureReport> added = v.signatures().stream()
                .filter(s -> s.revisionLength() > base.length)
                .sorted(Comparator.comparingLong(SignatureReport::revisionLength))
                .toList();
        if (added.isEmpty()) {
            throw checks.refusal("file", "signature.upload.unsigned");
        }
        List<SignedDocumentStore.Signer> rows = new ArrayList<>();
        Set<Integer> filling = new HashSet<>(taken);
        for (SignatureReport s : added) {
            int place = place(
                    user, issued, filling, s.signer(), s.email() == null ? List.of() : List.of(s.email()), "file");
            filling.add(place);
            Place p = issued.places().get(place);
            rows.add(new SignedDocumentStore.Signer(
                    place,
                    p.title(),
                    p.name(),
                    user.id(),
                    s.signer(),
                    s.serial(),
                    s.timestamped() ? "PAdES-BASELINE-T" : "PAdES-BASELINE-B",
                    "UPLOADED",
                    clock.instant()));
        }
        return keep(user, issued, standing, uploaded, rows);
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

    /** The places already signed; a document whose every place is signed is refused (409). */
    private Set<Integer> taken(Issued issued, boolean standing) {
        Set<Integer> taken = !standing
                ? Set.of()
                : store.signatures(issued.ref().kind().name(), issued.ref().id()).stream()
                        .map(SignedDocumentStore.Filled::place)
                        .collect(Collectors.toSet());
        if (standing && (taken.isEmpty() || taken.size() >= issued.places().size())) {
            throw checks.conflict("signature.alreadySigned");
        }
        return taken;
    }

    /**
     * The awaited place the certificate's holder fills: the first in order whose holder it is. A
     * document signed in order takes only its next place; a certificate of nobody awaited is refused.
     */
    private int place(
            CurrentUser user,
            Issued issued,
            Set<Integer> taken,
            @Nullable String commonName,
            List<String> emails,
            String field) {
        List<Place> places = issued.places();
        int next = -1;
        for (int i = 0; i < places.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            if (next < 0) {
                next = i;
            }
            if (holds(places.get(i), commonName, emails)) {
                if (issued.ordered() && i != next) {
                    Place awaited = places.get(next);
                    throw checks.refusal(field, "signature.place.notYourTurn", awaited.title(), awaited.name());
                }
                return i;
            }
        }
        List<Place> awaited = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            if (!taken.contains(i) && (!issued.ordered() || i == next)) {
                awaited.add(places.get(i));
            }
        }
        if (awaited.size() == 1 && awaited.get(0).holderUserId() != null) {
            throw checks.refusal(field, "signature.signer.notYou", user.fullName());
        }
        throw checks.refusal(
                field,
                "signature.signer.notAwaited",
                awaited.stream().map(p -> p.title() + ": " + p.holder()).collect(Collectors.joining("; ")));
    }

    private boolean holds(Place place, @Nullable String commonName, List<String> emails) {
        String email = place.holderUserId() == null
                ? null
                : store.email(place.holderUserId()).orElse(null);
        return SignerMatch.matches(commonName, emails, place.holder(), email);
    }

    private Original keep(
            CurrentUser user,
            Issued issued,
            Optional<SignedDocumentStore.Original> standing,
            byte[] content,
            List<SignedDocumentStore.Signer> signers) {
        boolean stored;
        if (standing.isEmpty()) {
            stored = store.insert(
                    new SignedDocumentStore.Row(
                            issued.ref().kind().name(),
                            issued.ref().id(),
                            issued.authorityId(),
                            issued.fileName(),
                            content,
                            sha256(content),
                            sha256(issued.pdf()),
                            signers.get(0)),
                    signers.subList(1, signers.size()));
        } else {
            SignedDocumentStore.Original on = standing.get();
            stored = store.addRevision(on.id(), on.contentSha256(), content, sha256(content), signers);
        }
        if (!stored) {
            // another signature came first: this one was made on a revision that is no longer the original
            throw checks.conflict("signature.alreadySigned");
        }
        for (SignedDocumentStore.Signer s : signers) {
            audit.record(AuditEvent.by(
                    user,
                    AuditAction.DOCUMENT_SIGNED,
                    issued.authorityId(),
                    issued.fileName(),
                    "Ký số bởi " + s.subject() + " (" + s.placeTitle() + ": " + s.placeName() + "; " + s.level() + ", "
                            + s.how() + ")"));
        }
        return new Original(issued.fileName(), content);
    }

    private byte @Nullable [] seal(long authorityId) {
        if (settings.seals() == null) {
            return null;
        }
        Path file = settings.seals().resolve(authorityId + ".png");
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private <T> T wrap(Supplier<T> work) {
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
