package vn.thidua.signatures;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What verification says of one signature of a PDF: who signed (the certificate's name, e-mail, serial
 * and issuer), when (the timestamp's time when there is one, else the time the signer claimed),
 * whether the signed bytes are intact, whether the chain reaches a configured trust anchor, and
 * whether the signature covers the whole file (nothing added after it but validation data: B-LT's
 * revocation data, a document timestamp). {@code revisionLength} is the length of the revision it signs
 * (the end of its byte range): an earlier signature's is shorter.
 */
public record SignatureReport(
        String signer,
        @Nullable String email,
        String serial,
        String issuer,
        @Nullable Instant signingTime,
        boolean timestamped,
        boolean intact,
        boolean trusted,
        boolean wholeDocument,
        long revisionLength,
        List<String> chain) {

    public boolean valid() {
        return intact && trusted;
    }

    /** Every signature of one file; none for an unsigned PDF. */
    public record Verification(String fileName, List<SignatureReport> signatures) {

        public boolean signed() {
            return !signatures.isEmpty();
        }
    }
}
