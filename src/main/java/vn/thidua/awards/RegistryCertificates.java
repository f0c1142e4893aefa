package vn.thidua.awards;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.thidua.documents.CertificateBlanks;
import vn.thidua.documents.CertificateCommand;
import vn.thidua.documents.CertificateService;
import vn.thidua.documents.CertificateWorkbook;
import vn.thidua.documents.domain.Certificate;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.xlsx.XlsxTable;
import vn.thidua.rules.domain.SubjectKind;

/**
 * Certificates from a search of the registry: printed straight from the results, and the
 * certificate list's sheet in the registry's Excel export, so that a search downloaded goes back
 * into "In bằng khen" unchanged.
 */
@Service
public record RegistryCertificates(AwardRegistry registry, CertificateService certificates, CertificateBlanks blanks) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The search's awards, one certificate each, in the registry's order. */
    public List<Certificate> recipients(CurrentUser user, RegistrySearch search) {
        CertificateService.requirePrinter(user);
        return registry.search(user, search).stream().map(this::line).toList();
    }

    public Certificate.Batch batch(CurrentUser user, RegistrySearch search, CertificateCommand command) {
        return certificates.batch(user, command, recipients(user, search));
    }

    public void print(CurrentUser user, Certificate.Batch batch, boolean onBlank, OutputStream out) {
        blanks.print(user, batch, onBlank, out);
    }

    /** The certificate list's columns, in its order and with its headers, from the registry's rows. */
    public XlsxTable<AwardEntry> listSheet() {
        List<XlsxTable.Column<AwardEntry>> columns = new ArrayList<>();
        List<String> headers = CertificateWorkbook.COLUMNS;
        columns.add(XlsxTable.column(headers.get(0), 36, a -> line(a).recipient()));
        columns.add(XlsxTable.column(headers.get(1), 30, a -> line(a).unit()));
        columns.add(XlsxTable.column(headers.get(2), 60, a -> line(a).achievement()));
        columns.add(XlsxTable.column(headers.get(3), 16, AwardEntry::decisionNumber));
        columns.add(XlsxTable.column(
                headers.get(4), 14, a -> a.decisionDate() == null ? null : DAY.format(a.decisionDate())));
        columns.add(XlsxTable.column(headers.get(5), 14, AwardEntry::certificateNumber));
        return XlsxTable.of(CertificateWorkbook.LIST_SHEET, columns);
    }

    private Certificate line(AwardEntry a) {
        boolean collective = a.kind() == SubjectKind.COLLECTIVE;
        return certificates.line(
                a.subjectName() + (a.position() == null || collective ? "" : ", " + a.position()),
                CertificateService.unitLine(collective, a.subjectName(), a.unitName()),
                a.award().isTitle(),
                a.label(),
                a.year(),
                a.decisionNumber(),
                a.decisionDate(),
                a.certificateNumber());
    }
}
