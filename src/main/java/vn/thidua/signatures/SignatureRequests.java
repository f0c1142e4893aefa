package vn.thidua.signatures;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a page's forms and the API send to sign a document (ký số), the same records from both and for
 * every signed document: the key (a PKCS#12 file with its password, or the token's PIN) used for this
 * one signing and never kept, or a copy signed outside.
 */
public final class SignatureRequests {

    private SignatureRequests() {}

    /** Signing in the product; image is the signer's handwritten signature (PNG), optional. */
    public record Sign(
            @Nullable MultipartFile p12,
            @Nullable String password,
            @Nullable String pin,
            @Nullable MultipartFile image) {

        /** The key of this one signing, or empty when the request names none (a refusal for the caller). */
        @Nullable
        SigningKey key() {
            if (p12 != null && !p12.isEmpty()) {
                return new SigningKey.Pkcs12(bytes(p12), password == null ? new char[0] : password.toCharArray());
            }
            if (pin != null && !pin.isBlank()) {
                return new SigningKey.Pkcs11(pin.toCharArray());
            }
            return null;
        }

        byte @Nullable [] imageBytes() {
            return image == null || image.isEmpty() ? null : bytes(image);
        }
    }

    /** A PDF signed with the signer's own tool. */
    public record Signed(@Nullable MultipartFile file) {

        byte @Nullable [] bytes() {
            return file == null || file.isEmpty() ? null : SignatureRequests.bytes(file);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
