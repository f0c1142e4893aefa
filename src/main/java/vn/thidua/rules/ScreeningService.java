package vn.thidua.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitView;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.internal.ScreeningStore;

/**
 * Batch screening: for each person or collective of a unit (or of an uploaded workbook), the titles
 * and awards it is eligible for in a year, with the reasons. Runs in the background in chunks,
 * recording its progress; the results download as XLSX.
 */
@Service
public class ScreeningService {

    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(ScreeningService.class);

    private final ScreeningStore store;
    private final SubjectService subjects;
    private final EligibilityService eligibility;
    private final UnitService units;
    private final QuestionYears years;
    private final Checks checks;
    private final Messages messages;
    private final TaskExecutor executor;
    private final TaskExecutor reader;
    private final TaskExecutor writer;

    ScreeningService(ScreeningStore store, SubjectService subjects, EligibilityService eligibility, UnitService units,
            QuestionYears years, Checks checks, Messages messages,
            @org.springframework.beans.factory.annotation.Qualifier("screeningExecutor") TaskExecutor executor,
            @org.springframework.beans.factory.annotation.Qualifier("screeningReader") TaskExecutor reader,
            @org.springframework.beans.factory.annotation.Qualifier("screeningWriter") TaskExecutor writer) {
        this.reader = reader;
        this.writer = writer;
        this.store = store;
        this.subjects = subjects;
        this.eligibility = eligibility;
        this.units = units;
        this.years = years;
        this.checks = checks;
        this.messages = messages;
        this.executor = executor;
    }

    public ScreeningView startForUnit(CurrentUser user, long unitId, int year) {
        requireYear(year);
        UnitView unit = units.get(unitId);
        List<SubjectView> staff = subjects.ofUnitById(user, unit.id());
        long id = store.create(year, unit.id(), "UNIT", staff.size(), user.username());
        executor.execute(() -> runSafely(id, () -> {
            ReasonCodes codes = new ReasonCodes();
            CompletableFuture<Map<Long, History>> next = read(staff, 0, year);
            CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
            for (int from = 0; from < staff.size(); from += CHUNK) {
                List<SubjectView> chunk = staff.subList(from, Math.min(staff.size(), from + CHUNK));
                Map<Long, History> histories = next.join();
                next = read(staff, from + CHUNK, year);
                List<ScreeningView.Row> rows = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    SubjectView s = chunk.get(i);
                    addRows(rows, codes, from + i + 1, s.id(), s.fullName(), year, histories.get(s.id()), s.authorityId());
                }
                List<Map.Entry<Integer, String>> texts = codes.takeUnsaved();
                int done = from + chunk.size();
                written = written.thenRunAsync(() -> {
                    store.writeTexts(id, texts);
                    store.writeResults(id, rows);
                    store.progress(id, done);
                }, writer);
            }
            written.join();
        }));
        return get(user, id);
    }

    /** All or nothing: a single wrong cell refuses the whole file, and every wrong cell is reported. */
    public ScreeningView startForUpload(CurrentUser user, int year, Long unitId, InputStream workbook) {
        requireYear(year);
        UnitView unit = unitId == null ? null : units.get(unitId);
        if (unit != null && !subjects.mayAccessUnit(user, unit)) {
            throw new AccessDeniedException("no access to unit " + unitId);
        }
        if (unit == null && !user.isAdmin() && user.role() != vn.thidua.platform.security.Role.BOARD) {
            // a list not tied to one unit is a board's; checked before the file is read
            throw new AccessDeniedException("only a board screens a list of several units");
        }
        List<Violation> errors = new ArrayList<>();
        List<ScreeningWorkbook.ParsedRow> rows = ScreeningWorkbook.read(workbook, year, errors);
        List<History> histories = new ArrayList<>();
        for (ScreeningWorkbook.ParsedRow row : rows) {
            Checks.Collector check = checks.none();
            History history = new ContractMapper(check, years.bounds()).history(row.facts(), "subject");
            for (Violation v : check.violations()) {
                errors.add(new Violation("Dòng " + row.rowNo(), "Dòng " + row.rowNo() + ": " + v.message()));
            }
            histories.add(history);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Long authority = unit == null ? user.authorityId() : unit.authorityId();
        long id = store.create(year, unit == null ? null : unit.id(), "UPLOAD", rows.size(), user.username());
        executor.execute(() -> runSafely(id, () -> {
            ReasonCodes codes = new ReasonCodes();
            List<ScreeningView.Row> results = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                addRows(results, codes, rows.get(i).rowNo(), null, rows.get(i).fullName(), year, histories.get(i), authority);
                if ((i + 1) % CHUNK == 0 || i == rows.size() - 1) {
                    store.writeTexts(id, codes.takeUnsaved());
                    store.writeResults(id, results);
                    results.clear();
                    store.progress(id, i + 1);
                }
            }
        }));
        return get(user, id);
    }

    /** The histories of the chunk starting at {@code from}, read on the reader thread. */
    private CompletableFuture<Map<Long, History>> read(List<SubjectView> staff, int from, int year) {
        if (from >= staff.size()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        List<SubjectView> chunk = staff.subList(from, Math.min(staff.size(), from + CHUNK));
        return CompletableFuture.supplyAsync(() -> subjects.histories(chunk, year), reader);
    }

    public ScreeningView get(CurrentUser user, long id) {
        ScreeningView run = store.find(id).orElseThrow(() -> new NotFoundException(messages.get("screening.notFound", id)));
        boolean own = run.createdBy().equals(user.username());
        boolean scoped = run.unitId() != null && subjects.mayAccessUnit(user, units.get(run.unitId()));
        if (!own && !scoped && !user.isAdmin()) {
            throw new AccessDeniedException("screening " + id);
        }
        return run;
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
        ScreeningWorkbook.writeResults(run, each -> store.eachResult(id, rows, r -> each.accept(explained(r, texts))), out);
    }

    private static ScreeningView.Row explained(ScreeningView.Row r, Map<Integer, String> texts) {
        return new ScreeningView.Row(r.rowNo(), r.subjectId(), r.fullName(), r.award(), r.verdict(),
                ReasonCodes.expand(r.reasons(), texts));
    }

    public byte[] template(int year) {
        requireYear(year);
        return ScreeningWorkbook.template(year);
    }

    private void addRows(List<ScreeningView.Row> rows, ReasonCodes codes, int rowNo, Long subjectId, String name,
            int year, History history, Long authorityId) {
        for (Map.Entry<Award, Answer> e : eligibility.screen(year, history, authorityId).entrySet()) {
            Answer answer = e.getValue();
            rows.add(new ScreeningView.Row(rowNo, subjectId, name, e.getKey().name(), answer.verdict().name(),
                    codes.encode(answer)));
        }
    }

    private void runSafely(long id, Runnable work) {
        try {
            work.run();
            store.finish(id, "DONE", null);
        } catch (RuntimeException e) {
            log.error("Screening {} failed", id, e);
            store.finish(id, "FAILED", messages.get("screening.failed"));
        }
    }

    private void requireYear(int year) {
        if (!years.bounds().contains(year)) {
            throw new InvalidInputException(List.of(new Violation("year",
                    messages.get("eligibility.year.outOfRange", years.bounds().first(), years.bounds().last()))));
        }
    }
}
