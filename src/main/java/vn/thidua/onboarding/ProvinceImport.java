package vn.thidua.onboarding;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.onboarding.OnboardingReport.Outcome;
import vn.thidua.onboarding.domain.Problem;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.onboarding.domain.ProvinceWorkbook;
import vn.thidua.onboarding.domain.Rows.AuthorityRow;
import vn.thidua.onboarding.domain.WorkbookRules;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.security.CurrentUser;

/**
 * One run of an import, inside the transaction the service opened: each row is matched by its
 * natural key and written through the registry's and the accounts' own services, each in a
 * savepoint, so that a refused row is noted and the next one still checked. The caller rolls the
 * whole transaction back when any row is wrong. The sheets go in the workbook's order, each a class
 * of its own sharing the {@link ImportLedger}; new accounts are created last, and only when every
 * other row went through: their activation links are mailed at creation and must not go out for an
 * import that is then undone.
 */
final class ProvinceImport {

    /** The sheets whose rows the audit counts, in the order of the message's numbers. */
    private static final List<ProvinceSheet> AUDITED =
            List.of(ProvinceSheet.UNITS, ProvinceSheet.COUNCIL, ProvinceSheet.BLOCS, ProvinceSheet.ACCOUNTS);

    private final ProvinceWorkbook book;
    private final ImportLedger ledger;

    ProvinceImport(ImportServices services, CurrentUser user, ProvinceWorkbook book, ImportProgress progress) {
        this.book = book;
        this.ledger = new ImportLedger(services, user, progress);
    }

    OnboardingReport run() {
        entries();
        // every account row twice: checked, then created or counted
        ledger.start(book.rowCount() + book.accounts().size());
        if (new AuthorityImport(ledger).run(book.authority())) {
            new UnitsImport(ledger).run(book.units());
            new CouncilImport(ledger).run(book.council());
            new BlocsImport(ledger).run(book.blocs());
            AccountsImport accounts = new AccountsImport(ledger);
            accounts.check(book.accounts());
            if (ledger.clean()) {
                accounts.create();
            }
            if (ledger.clean()) {
                audit();
            }
        }
        ledger.finish();
        return ledger.report();
    }

    /** A row of the report for every row of the workbook, with the problems the workbook itself shows. */
    private void entries() {
        AuthorityRow a = book.authority();
        ledger.add(ProvinceSheet.AUTHORITY, a.row(), a.name().isEmpty() ? a.code() : a.name());
        book.units().forEach(u -> ledger.add(ProvinceSheet.UNITS, u.row(), u.name()));
        book.council().forEach(c -> ledger.add(ProvinceSheet.COUNCIL, c.row(), c.fullName()));
        book.blocs()
                .forEach(b -> ledger.add(
                        ProvinceSheet.BLOCS, b.row(), b.name() + (b.year() == null ? "" : " – " + b.year())));
        book.accounts()
                .forEach(x -> ledger.add(
                        ProvinceSheet.ACCOUNTS,
                        x.row(),
                        x.fullName().isEmpty() ? x.username() : x.fullName() + " (" + x.username() + ")"));
        List<Problem> problems = new ArrayList<>(book.problems());
        problems.addAll(WorkbookRules.check(book));
        problems.forEach(ledger::note);
    }

    /** One audit event for the whole import, unless it changed nothing. */
    private void audit() {
        List<Object> counts = new ArrayList<>();
        for (ProvinceSheet sheet : AUDITED) {
            counts.add(ledger.count(sheet, Outcome.CREATED));
            counts.add(ledger.count(sheet, Outcome.UPDATED));
        }
        boolean authorityCreated = ledger.entry(
                        ProvinceSheet.AUTHORITY, book.authority().row())
                .is(ProvinceSheet.AUTHORITY, Outcome.CREATED);
        if (!authorityCreated && counts.stream().allMatch(c -> (int) c == 0)) {
            return;
        }
        AuthorityView authority = ledger.authority();
        ImportServices services = ledger.services();
        services.audit()
                .record(AuditEvent.by(
                        ledger.user(),
                        AuditAction.ONBOARDING_IMPORTED,
                        authority.id(),
                        authority.name(),
                        services.messages().get("onboarding.audit", counts.toArray())));
    }
}
