package vn.thidua.signatures;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a signature looks like on the page (Decree 30/2020/NĐ-CP, Phụ lục I): the signer's image (or,
 * without one, a drawn box with the name, the body and the time), at the signer's place on the
 * page that carries the signature block (the last but for an annex), found by the name printed under it; for the
 * issuing body, its seal image over the left third of the signature; the body's own signature ({@code sealOnly}, Decree
 * 30's chữ ký số của cơ quan) is that seal alone, over the left third of the person's signature at the same place.
 * {@code placeName} is the name printed in the document's signature block (where the picture goes), {@code signerName}
 * the certificate's (what the picture says).
 */
public record Appearance(
        String placeName,
        String signerName,
        String organisation,
        ZonedDateTime at,
        byte @Nullable [] signerImage,
        byte @Nullable [] sealImage,
        boolean sealOnly) {

    /** A person's signature: its picture, with the seal over its left third when the body signs with it. */
    public Appearance(
            String placeName,
            String signerName,
            String organisation,
            ZonedDateTime at,
            byte @Nullable [] signerImage,
            byte @Nullable [] sealImage) {
        this(placeName, signerName, organisation, at, signerImage, sealImage, false);
    }
}
