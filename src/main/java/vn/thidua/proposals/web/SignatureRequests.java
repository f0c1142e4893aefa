package vn.thidua.proposals.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the page's forms and the API send to sign a document (ký số), the same record from both: the
 * key (a PKCS#12 file with its password, or the token's PIN) used for this one signing and never kept,
 * or a copy signed outside.
 */
final class SignatureRequests {

    private SignatureRequests() {}

    /** Signing in the product; image is the signer's handwritten signature (PNG), optional. */
    record Sign(
            @Nullable MultipartFile p12,
            @Nullable String password,
            @Nullable String pin,
            @Nullable MultipartFile image) {}

    /** A PDF the signer signed with its own tool. */
    record Signed(@Nullable MultipartFile file) {}
}
