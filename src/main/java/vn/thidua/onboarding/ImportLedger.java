package vn.thidua.onboarding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.onboarding.OnboardingReport.Outcome;
import vn.thidua.onboarding.domain.Problem;
import vn.thidua.onboarding.domain.ProvinceSheet;
import vn.thidua.org.AuthorityView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Refused;

/**
 * What the sheets of one import share: who imports, for which authority, the report's rows as they
 * are written, the names found so far, the progress, and the savepoint each write runs in.
 */
final class ImportLedger {

    private final ImportServices services;
    private final CurrentUser user;
    private final ImportProgress progress;
    private final TransactionTemplate savepoint;
    private final NameIndex names;
    private AuthorityView authority;
    private int total;
    private int done;
    private final Map<String, RowEntry> entries = new LinkedHashMap<>();

    ImportLedger(ImportServices services, CurrentUser user, ImportProgress progress) {
        this.services = services;
        this.user = user;
        this.progress = progress;
        this.savepoint = new TransactionTemplate(services.transactions());
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.names = new NameIndex(() -> services.units().activeUnits());
    }

    ImportServices services() {
        return services;
    }

    CurrentUser user() {
        return user;
    }

    NameIndex names() {
        return names;
    }

    /** The authority the workbook is for; null until its sheet found or created it. */
    AuthorityView authority() {
        return authority;
    }

    void authority(AuthorityView authority) {
        this.authority = authority;
    }

    // --- the report's rows

    void add(ProvinceSheet sheet, int row, String name) {
        entries.put(key(sheet, row), new RowEntry(services.messages(), sheet, row, name));
    }

    /** A problem of the workbook itself, on its row (a row the reader could not name is added). */
    void note(Problem problem) {
        entries.computeIfAbsent(
                        key(problem.sheet(), problem.row()),
                        k -> new RowEntry(services.messages(), problem.sheet(), problem.row(), ""))
                .problem(problem.column(), problem.code(), problem.args().toArray());
    }

    RowEntry entry(ProvinceSheet sheet, int row) {
        return entries.get(key(sheet, row));
    }

    private static String key(ProvinceSheet sheet, int row) {
        return sheet.name() + ":" + row;
    }

    boolean clean() {
        return entries.values().stream().noneMatch(RowEntry::wrong);
    }

    int count(ProvinceSheet sheet, Outcome outcome) {
        return (int) entries.values().stream().filter(e -> e.is(sheet, outcome)).count();
    }

    /** The lookup of the names one row gives, noting on it each that cannot be resolved. */
    RowLookup lookup(RowEntry entry) {
        return new RowLookup(names, entry, authority.name());
    }

    OnboardingReport report() {
        return OnboardingReport.of(
                authority == null ? null : authority.id(),
                authority == null ? null : authority.name(),
                entries.values().stream().map(RowEntry::report).toList());
    }

    // --- progress

    void start(int rows) {
        total = rows;
        progress.update(0, total);
    }

    void step() {
        progress.update(++done, total);
    }

    void skip(int rows) {
        done += rows;
        progress.update(done, total);
    }

    void finish() {
        progress.update(total, total);
    }

    /** What a row's write came to: the record (null when refused) and whether it was created, updated or left. */
    record Written<V>(V saved, Outcome outcome) {}

    /**
     * A row matched by its natural key: the record created when there is none, left as it is when
     * the row says the same, updated otherwise; each write in its savepoint.
     */
    <V> Written<V> write(
            RowEntry entry, V current, Predicate<V> unchanged, Supplier<V> create, UnaryOperator<V> update) {
        if (current == null) {
            return new Written<>(attempt(entry, create), Outcome.CREATED);
        }
        if (unchanged.test(current)) {
            return new Written<>(current, Outcome.UNCHANGED);
        }
        return new Written<>(attempt(entry, () -> update.apply(current)), Outcome.UPDATED);
    }

    /**
     * Runs one write in a savepoint: refused, it is undone alone and its reasons are noted on the row
     * (each at its column); answers null then.
     */
    <T> T attempt(RowEntry entry, Supplier<T> write) {
        try {
            return savepoint.execute(status -> write.get());
        } catch (InvalidInputException e) {
            entry.refused(e.violations());
        } catch (Conflict | Refused | NotFoundException e) {
            entry.fail(null, e.getMessage());
        } catch (AccessDeniedException e) {
            entry.problem(null, "onboarding.row.refused");
        } catch (OptimisticLockingFailureException e) {
            entry.problem(null, "onboarding.row.changed");
        } catch (DataIntegrityViolationException e) {
            entry.problem(null, "onboarding.row.conflict");
        }
        return null;
    }
}
