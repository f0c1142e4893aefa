package vn.thidua.documents;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.documents.domain.StateFormats;
import vn.thidua.documents.render.CertificateWriter;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Violation;

/** Prints certificates for a list of recipients: one or a thousand pages in one PDF. */
@Service
public class CertificateService {

    private final Checks checks;

    CertificateService(Checks checks) {
        this.checks = checks;
    }

    public byte[] template() {
        return CertificateWorkbook.template();
    }

    /** Reads and checks everything first; only a list without any error is printed. */
    public Certificate.Batch batch(CurrentUser user, CertificateCommand command, InputStream list) {
        if (!user.isAdmin() && user.role() != Role.BOARD) {
            throw new AccessDeniedException("only a board prints certificates");
        }
        Checks.Collector check = checks.of(command);
        List<Violation> rows = new ArrayList<>();
        List<Certificate> certificates = list == null ? List.of() : CertificateWorkbook.read(list, rows);
        if (list == null) {
            check.reject("file", "certificate.file.required");
        }
        rows.forEach(check::add);
        check.throwIfInvalid();
        return new Certificate.Batch(
                command.kind(),
                command.conferredBy().strip(),
                StateFormats.placeAndDate(command.place().strip(), command.date()),
                command.signerTitle().strip(),
                command.signerName().strip(),
                certificates);
    }

    public void print(Certificate.Batch batch, OutputStream out) {
        CertificateWriter.write(batch, out);
    }
}
