package vn.thidua.signatures.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a certificate is the account's (decided here only). An e-mail address is the one name both
 * the account and a Vietnamese signing certificate carry that is unique, so when both have one, one of
 * the certificate's addresses must be the account's; a certificate without an address (or an account
 * without one) is matched by the full name in its common name, case and Unicode form aside, since a
 * name alone cannot tell two people of the same name apart.
 */
public final class SignerMatch {

    private SignerMatch() {}

    public static boolean matches(
            @Nullable String commonName,
            List<String> certificateEmails,
            String accountName,
            @Nullable String accountEmail) {
        if (accountEmail != null && !accountEmail.isBlank() && !certificateEmails.isEmpty()) {
            String wanted = accountEmail.strip().toLowerCase(Locale.ROOT);
            return certificateEmails.stream().anyMatch(e -> e.strip().equalsIgnoreCase(wanted));
        }
        return commonName != null && fold(commonName).equals(fold(accountName));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(new Locale("vi"));
    }
}
