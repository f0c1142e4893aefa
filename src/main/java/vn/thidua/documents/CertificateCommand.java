package vn.thidua.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.documents.domain.Certificate;

/** What a batch of certificates shares: the kind, who confers it, place and date, and who signs. */
public class CertificateCommand {

    @NotNull(message = "{certificate.kind.required}")
    private Certificate.Kind kind = Certificate.Kind.BANG_KHEN;

    @NotBlank(message = "{certificate.conferredBy.required}")
    @Size(max = 200, message = "{certificate.conferredBy.tooLong}")
    private String conferredBy;

    @NotBlank(message = "{report.place.required}")
    @Size(max = 100, message = "{report.place.tooLong}")
    private String place;

    @NotNull(message = "{report.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank(message = "{certificate.signerTitle.required}")
    @Size(max = 100, message = "{certificate.signerTitle.tooLong}")
    private String signerTitle;

    @NotBlank(message = "{certificate.signerName.required}")
    @Size(max = 100, message = "{report.signer.tooLong}")
    private String signerName;

    public Certificate.Kind getKind() {
        return kind;
    }

    public void setKind(Certificate.Kind kind) {
        this.kind = kind;
    }

    public String getConferredBy() {
        return conferredBy;
    }

    public void setConferredBy(String conferredBy) {
        this.conferredBy = conferredBy;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }
}
