package vn.thidua.documents.domain;

import java.util.List;
import java.util.Locale;

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

        /**
         * The signature block's title lines, in capitals. A deputy signs on behalf of the head (ký thay, Decree
         * 30/2020/NĐ-CP, Article 10): "Phó Chủ tịch" gives "KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH". A
         * title already written with its prefix (KT., TM., TL., TUQ.) or a head's own title is one line as typed.
         */
        public List<String> signerTitleLines() {
            String title = signerTitle().strip();
            String upper = title.toUpperCase(Locale.ROOT);
            if (upper.startsWith("PHÓ ") && upper.length() > 4) {
                return List.of("KT. " + upper.substring(4).strip(), upper);
            }
            return List.of(upper);
        }
    }
}
