package vn.thidua.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.jobs.Jobs;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;
import vn.thidua.rules.internal.ScreeningStore;

/**
 * Batch screening: for each person or collective of a unit (or of an uploaded workbook), the titles
 * and awards it is eligible for in a year, with the reasons. A run is a job ({@link ScreeningJob}):
 * any instance runs it, its progress is the job's, it survives the loss of its instance (run again
 * from scratch by another), and whoever may see it may cancel it. The results download as XLSX.
 */
@Service
public class ScreeningService {

    private final ScreeningStore store;
    private final SubjectService subjects;
    private final UnitService units;
    private final QuestionYears years;
    private final Checks checks;
    private final Messages messages;
    private final Jobs jobs;
    private final TransactionTemplate transaction;

    ScreeningService(
            ScreeningStore store,
            SubjectService subjects,
            UnitService units,
            QuestionYears years,
            Checks checks,
            Messages messages,
            Jobs jobs,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        this.subjects = subjects;
        this.units = units;
        this.years = years;
        this.checks = checks;
        this.messages = messages;
        this.jobs = jobs;
    }

    /** Queues the screening of a unit's stored people and collectives; it runs once this transaction commits. */
    @Transactional
    public ScreeningView startForUnit(CurrentUser user, long unitId, int year) {
        requireYear(year);
        UnitView unit = units.get(unitId);
        if (!subjects.mayAccessUnit(user, unit)) {
            throw new Refused("screening.refused.unit", messages.get("screening.refused.unit"));
        }
        long id = store.create(year, unit.id(), null, "UNIT", user.username());
        jobs.submit(ScreeningJob.KIND, id, user.username());
        return get(user, id);
    }

    /**
     * All or nothing: a single wrong cell refuses the whole file, and every wrong cell is reported. The
     * file is kept with the run until the run ends, so that any instance can run it. Read before the
     * transaction begins: no connection waits on a large file.
     */
    public ScreeningView startForUpload(CurrentUser user, int year, Long unitId, InputStream workbook) {
        requireYear(year);
        UnitView unit = unitId == null ? null : units.get(unitId);
        if (unit != null && !subjects.mayAccessUnit(user, unit)) {
            throw new Refused("screening.refused.unit", messages.get("screening.refused.unit"));
        }
        if (unit == null && !user.isAdmin() && user.role() != Role.BOARD) {
            // a list not tied to one unit is a board's; checked before the file is read
            throw new Refused("screening.refused.list", messages.get("screening.refused.list"));
        }
        byte[] bytes;
        try {
            bytes = workbook.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Violation> errors = new ArrayList<>();
        List<ScreeningWorkbook.ParsedRow> rows = ScreeningWorkbook.read(new ByteArrayInputStream(bytes), year, errors);
        for (ScreeningWorkbook.ParsedRow row : rows) {
            Checks.Collector check = checks.none();
            new ContractMapper(check, years.bounds()).history(row.facts(), "subject");
            for (Violation v : check.violations()) {
                errors.add(new Violation("Dòng " + row.rowNo(), "Dòng " + row.rowNo() + ": " + v.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Long authority = unit == null ? user.authorityId() : unit.authorityId();
        return transaction.execute(tx -> {
            long id = store.create(year, unit == null ? null : unit.id(), authority, "UPLOAD", user.username());
            store.saveUpload(id, bytes);
            jobs.submit(ScreeningJob.KIND, id, user.username());
            return get(user, id);
        });
    }

    /** The run with its job's state and progress; for its creator, those who may read its unit, and administrators. */
    public ScreeningView get(CurrentUser user, long id) {
        ScreeningView run =
                store.find(id).orElseThrow(() -> new NotFoundException(messages.get("screening.notFound", id)));
        boolean own = run.createdBy().equals(user.username());
        boolean scoped = run.unitId() != null && subjects.mayAccessUnit(user, units.get(run.unitId()));
        if (!own && !scoped && !user.isAdmin()) {
            throw new Refused("screening.refused.notVisible", messages.get("screening.refused.notVisible"));
        }
        return jobs.findFor(ScreeningJob.KIND, id).map(run::withJob).orElse(run);
    }

    /**
     * Cancels a run: a queued one at once, a running one between two chunks, its results written so far
     * removed. Whoever may see the run may cancel it; an ended run is refused (409, job.cancel.finished).
     */
    public ScreeningView cancel(CurrentUser user, long id) {
        ScreeningView run = get(user, id);
        if (run.jobId() == null) {
            throw new Conflict(
                    "job.cancel.finished", messages.get("job.cancel.finished", messages.get("job.state.DONE")));
        }
        jobs.cancel(run.jobId());
        return get(user, id);
    }

    public List<ScreeningView.Row> results(CurrentUser user, long id, int limit) {
        get(user, id);
        Map<Integer, String> texts = store.texts(id);
        return store.results(id, limit).stream().map(r -> explained(r, texts)).toList();
    }

    public void writeXlsx(CurrentUser user, long id, OutputStream out) throws IOException {
        ScreeningView run = get(user, id);
        Map<Integer, String> texts = store.texts(id);
        int rows = store.lastRow(id);
        ScreeningWorkbook.writeResults(
                run, each -> store.eachResult(id, rows, r -> each.accept(explained(r, texts))), out);
    }

    private static ScreeningView.Row explained(ScreeningView.Row r, Map<Integer, String> texts) {
        return new ScreeningView.Row(
                r.rowNo(), r.subjectId(), r.fullName(), r.award(), r.verdict(), ReasonCodes.expand(r.reasons(), texts));
    }

    public byte[] template(int year) {
        requireYear(year);
        return ScreeningWorkbook.template(year);
    }

    private void requireYear(int year) {
        if (!years.bounds().contains(year)) {
            throw new InvalidInputException(List.of(new Violation(
                    "year",
                    messages.get(
                            "eligibility.year.outOfRange",
                            years.bounds().first(),
                            years.bounds().last()))));
        }
    }
}
