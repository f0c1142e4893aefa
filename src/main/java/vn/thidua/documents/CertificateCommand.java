package vn.thidua.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.documents.domain.AuthorityNames;
import vn.thidua.documents.domain.Certificate;

/** What a batch of certificates shares: the kind, who confers it, place and date, and who signs. */
public record CertificateCommand(
        @NotNull(message = "{certificate.kind.required}") Certificate.Kind kind,

        @NotBlank(message = "{certificate.conferredBy.required}")
        @Size(max = 200, message = "{certificate.conferredBy.tooLong}")
        String conferredBy,

        @NotBlank(message = "{report.place.required}") @Size(max = 100, message = "{report.place.tooLong}")
        String place,

        @NotNull(message = "{report.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotBlank(message = "{certificate.signerTitle.required}")
        @Size(max = 100, message = "{certificate.signerTitle.tooLong}")
        String signerTitle,

        @NotBlank(message = "{certificate.signerName.required}") @Size(max = 100, message = "{report.signer.tooLong}")
        String signerName) {

    /**
     * What a board's form starts with: its authority confers, in its place, today, and the title of
     * whoever signs its decisions ("Chủ tịch" of a province's committee, "Bộ trưởng" of a ministry). An
     * administrator, of no authority, writes who confers and where.
     */
    public static CertificateCommand start(@Nullable String authorityName, boolean province, LocalDate today) {
        return new CertificateCommand(
                Certificate.Kind.BANG_KHEN,
                authorityName == null ? null : AuthorityNames.decider(authorityName, province),
                authorityName == null ? null : AuthorityNames.place(authorityName),
                today,
                province ? "Chủ tịch" : "Bộ trưởng",
                null);
    }
}
