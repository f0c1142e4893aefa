package vn.thidua.documents;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.documents.domain.StateFormats;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;

/** Prints certificates for a list of recipients: one or a thousand pages in one PDF. */
@Service
public record CertificateService(Checks checks, Messages messages) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * One recipient as the certificate list would carry it, from a decision or the registry: the
     * achievement line worded from the award (a title is "reached", a commendation "earned"), the
     * decision line as the list's reader writes it, so that every source prints the same page.
     */
    public Certificate line(
            String recipient,
            String unit,
            boolean title,
            String awardLabel,
            int year,
            String decisionNumber,
            LocalDate decisionDate,
            String number) {
        return new Certificate(
                recipient,
                unit == null ? "" : unit,
                messages.get(
                        title ? "certificate.achievement.title" : "certificate.achievement.commendation",
                        awardLabel,
                        String.valueOf(year)),
                decisionNumber == null || decisionNumber.isBlank() ? "" : decisionLine(decisionNumber, decisionDate),
                number == null ? "" : number);
    }

    /**
     * A person is named with its unit; a collective that is the unit itself is its own name, a part of one names it.
     */
    public static String unitLine(boolean collective, String name, String unit) {
        return collective && name.strip().equalsIgnoreCase(unit == null ? "" : unit.strip()) ? "" : unit;
    }

    static String decisionLine(String number, LocalDate date) {
        return "Quyết định số " + number + (date == null ? "" : " ngày " + DAY.format(date));
    }

    /** The same checks as a list read from Excel, for recipients taken from the application's own data. */
    public Certificate.Batch batch(CurrentUser user, CertificateCommand command, List<Certificate> recipients) {
        requirePrinter(user);
        Checks.Collector check = checks.of(command);
        if (recipients.isEmpty()) {
            check.reject("recipients", "certificate.recipients.none");
        }
        check.throwIfInvalid();
        return batchOf(command, recipients);
    }

    /** Certificates are the board's (or the administrator's) to print, whatever they are printed from. */
    public static void requirePrinter(CurrentUser user) {
        if (!user.isAdmin() && user.role() != Role.BOARD) {
            throw new AccessDeniedException("only a board prints certificates");
        }
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
        return batchOf(command, certificates);
    }

    private static Certificate.Batch batchOf(CertificateCommand command, List<Certificate> certificates) {
        return new Certificate.Batch(
                command.kind(),
                command.conferredBy().strip(),
                StateFormats.placeAndDate(command.place().strip(), command.date()),
                command.signerTitle().strip(),
                command.signerName().strip(),
                certificates);
    }
}
