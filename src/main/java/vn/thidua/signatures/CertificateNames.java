package vn.thidua.signatures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.jspecify.annotations.Nullable;

/** The names a person's certificate gives: its common name and its e-mail addresses (subject E= and SAN). */
public final class CertificateNames {

    private static final String EMAIL_OID = "1.2.840.113549.1.9.1";

    private CertificateNames() {}

    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static @Nullable String commonName(X509Certificate c) {
        for (Rdn rdn : rdns(c)) {
            if ("CN".equalsIgnoreCase(rdn.getType())) {
                return String.valueOf(rdn.getValue());
            }
        }
        return null;
    }

    /** Every e-mail address the certificate names, lower-cased. */
    public static List<String> emails(X509Certificate c) {
        List<String> found = new ArrayList<>();
        try {
            if (c.getSubjectAlternativeNames() != null) {
                for (List<?> name : c.getSubjectAlternativeNames()) {
                    if (name.size() == 2 && Integer.valueOf(1).equals(name.get(0))) {
                        found.add(String.valueOf(name.get(1)).toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // an unreadable extension names nobody
        }
        for (Rdn rdn : rdns(c)) {
            if ("EMAILADDRESS".equalsIgnoreCase(rdn.getType()) || EMAIL_OID.equals(rdn.getType())) {
                Object v = rdn.getValue();
                String text = v instanceof byte[] bytes ? decodeIa5(bytes) : String.valueOf(v);
                found.add(text.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    private static String decodeIa5(byte[] der) {
        // DER IA5String: tag 0x16, a short length, the ASCII bytes
        return der.length > 2 ? new String(der, 2, der.length - 2, StandardCharsets.US_ASCII) : "";
    }

    private static List<Rdn> rdns(X509Certificate c) {
        try {
            return new LdapName(c.getSubjectX500Principal().getName()).getRdns();
        } catch (InvalidNameException e) {
            return List.of();
        }
    }
}
