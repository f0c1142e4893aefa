package vn.thidua.signatures;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where keys, timestamps and trust come from (application.properties, thidua.signatures.*). None of
 * them holds a secret: PINs and passwords are asked at signing time.
 */
@Component
public class SignatureSettings {

    private final @Nullable String pkcs11Library;
    private final int pkcs11Slot;
    private final @Nullable String tsaUrl;
    private final @Nullable Path trustAnchors;
    private final @Nullable Path seals;
    private final @Nullable Path crls;

    SignatureSettings(
            @Value("${thidua.signatures.pkcs11.library:}") String pkcs11Library,
            @Value("${thidua.signatures.pkcs11.slot-index:0}") int pkcs11Slot,
            @Value("${thidua.signatures.tsa-url:}") String tsaUrl,
            @Value("${thidua.signatures.trust-anchors:}") String trustAnchors,
            @Value("${thidua.signatures.seals:}") String seals,
            @Value("${thidua.signatures.crls:}") String crls) {
        this.pkcs11Library = blankToNull(pkcs11Library);
        this.pkcs11Slot = pkcs11Slot;
        this.tsaUrl = blankToNull(tsaUrl);
        this.trustAnchors = blankToNull(trustAnchors) == null ? null : Path.of(trustAnchors);
        this.seals = blankToNull(seals) == null ? null : Path.of(seals);
        this.crls = blankToNull(crls) == null ? null : Path.of(crls);
    }

    public @Nullable String pkcs11Library() {
        return pkcs11Library;
    }

    public int pkcs11Slot() {
        return pkcs11Slot;
    }

    /** The timestamp authority (RFC 3161): PAdES B-T with it, B-B without. */
    public @Nullable String tsaUrl() {
        return tsaUrl;
    }

    /** A directory of CA certificates (PEM or DER) that verification trusts, e.g. the Government root CA. */
    public @Nullable Path trustAnchors() {
        return trustAnchors;
    }

    /** A directory of seal images, one {@code <authority id>.png} per issuing body. */
    public @Nullable Path seals() {
        return seals;
    }

    /**
     * A directory of revocation lists (CRL files, PEM or DER) the operator keeps current, e.g. beside the
     * trust anchors: with a timestamp authority, signatures carry them and are PAdES B-LT.
     */
    public @Nullable Path crls() {
        return crls;
    }

    private static @Nullable String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
