package vn.thidua.documents.domain;

import java.util.List;

/**
 * Certificates to print (Bằng khen, Giấy khen): the conferring authority and signer shared by the
 * batch, and one line per recipient with its unit, achievement, decision and certificate number.
 */
public record Certificate(String recipient, String unit, String achievement, String decision, String number) {

    public enum Kind {
        BANG_KHEN("BẰNG KHEN"),
        GIAY_KHEN("GIẤY KHEN");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public record Batch(
            Kind kind,
            String conferredBy,
            String placeAndDate,
            String signerTitle,
            String signerName,
            List<Certificate> certificates) {

        public Batch {
            certificates = List.copyOf(certificates);
        }
    }
}
