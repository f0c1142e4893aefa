package vn.thidua.signatures;

/**
 * The person's key for one signing, given at signing time and never stored: a PKCS#12 file with its
 * password, or the PIN of the PKCS#11 token configured on the server (thidua.signatures.pkcs11.*).
 */
public sealed interface SigningKey {

    record Pkcs12(byte[] file, char[] password) implements SigningKey {}

    record Pkcs11(char[] pin) implements SigningKey {}

    /** How the key was held, as recorded beside the signed document. */
    default String how() {
        return this instanceof Pkcs11 ? "PKCS11" : "PKCS12";
    }
}
