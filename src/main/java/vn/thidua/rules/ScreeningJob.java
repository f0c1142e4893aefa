package vn.thidua.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.platform.jobs.JobContext;
import vn.thidua.platform.jobs.JobFailedException;
import vn.thidua.platform.jobs.JobHandler;
import vn.thidua.platform.jobs.JobView;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Violation;
import vn.thidua.rules.domain.Answer;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.internal.HistoryReads;
import vn.thidua.rules.internal.ScreeningStore;

/**
 * A screening run as a job, on the job's worker thread, in chunks of {@value #CHUNK}: the next chunks'
 * histories are read, one on each reader thread, while this one is evaluated, and
 * the last chunk's results are written on the writer thread, each chunk in one transaction ending with
 * the job's checkpoint (so a chunk of an instance that lost the job, or of a cancelled job, is not kept).
 * Both kinds of run have their whole input in the database (a unit's people, or the uploaded list kept
 * in {@code screening_upload}), so a run whose instance stopped is run again from scratch by the
 * instance that takes it over.
 */
@Component
class ScreeningJob implements JobHandler {

    static final String KIND = "SCREENING";
    static final int CHUNK = 4000;

    private final ScreeningStore store;
    private final SubjectService subjects;
    private final EligibilityService eligibility;
    private final QuestionYears years;
    private final Checks checks;
    private final Messages messages;
    private final TaskExecutor reader;
    /** Chunks read ahead at once: one a reader thread. */
    private final int readAhead;

    private final TaskExecutor writer;
    private final TransactionTemplate transaction;

    ScreeningJob(
            ScreeningStore store,
            SubjectService subjects,
            EligibilityService eligibility,
            QuestionYears years,
            Checks checks,
            Messages messages,
            @Qualifier("screeningReader") ThreadPoolTaskExecutor reader,
            @Qualifier("screeningWriter") TaskExecutor writer,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.subjects = subjects;
        this.eligibility = eligibility;
        this.years = years;
        this.checks = checks;
        this.messages = messages;
        this.reader = reader;
        this.readAhead = reader.getMaxPoolSize();
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** One person or collective to screen, with its history; the name only for an uploaded list's rows. */
    private record Subject(int rowNo, Long subjectId, String fullName, Long authorityId, History history) {}

    @Override
    public void run(JobContext job) {
        ScreeningStore.Run run = store.run(job.refId()).orElseThrow();
        if ("UNIT".equals(run.source())) {
            // the ids only, up front; each chunk's people are read with their histories on a reader thread, so
            // that listing a million people (a sixth of the job thread's time) does not delay the first chunk
            List<Long> staff = subjects.staffIds(run.unitId());
            job.total(staff.size());
            screen(job, run, staff.size(), from -> {
                List<Subject> read = new ArrayList<>(CHUNK);
                for (HistoryReads.Staff s : subjects.staffChunk(
                        run.unitId(), staff.subList(from, Math.min(staff.size(), from + CHUNK)), run.year())) {
                    read.add(new Subject(from + read.size() + 1, s.id(), null, s.authorityId(), s.history()));
                }
                return read;
            });
        } else {
            List<Subject> list = uploaded(run);
            job.total(list.size());
            screen(job, run, list.size(), from -> list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
    }

    /** The uploaded list, read again from the copy kept with the run (it was checked cell by cell when it came). */
    private List<Subject> uploaded(ScreeningStore.Run run) {
        byte[] workbook =
                store.upload(run.id()).orElseThrow(() -> new JobFailedException(messages.get("screening.upload.gone")));
        List<Violation> errors = new ArrayList<>();
        List<ScreeningWorkbook.ParsedRow> rows =
                ScreeningWorkbook.read(new ByteArrayInputStream(workbook), run.year(), errors);
        List<Subject> list = new ArrayList<>(rows.size());
        for (ScreeningWorkbook.ParsedRow row : rows) {
            Checks.Collector check = checks.none();
            History history = new ContractMapper(check, years.bounds()).history(row.facts(), "subject");
            check.violations().forEach(errors::add);
            list.add(new Subject(row.rowNo(), null, row.fullName(), run.authorityId(), history));
        }
        if (!errors.isEmpty()) {
            throw new JobFailedException(messages.get("screening.failed"));
        }
        return list;
    }

    private void screen(JobContext job, ScreeningStore.Run run, int total, IntFunction<List<Subject>> chunkAt) {
        ReasonCodes codes = new ReasonCodes();
        ArrayDeque<CompletableFuture<List<Subject>>> ahead = new ArrayDeque<>();
        for (int i = 0; i < readAhead; i++) {
            ahead.add(read(chunkAt, i * CHUNK, total));
        }
        CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
        try {
            for (int from = 0; from < total; from += CHUNK) {
                job.stopIfRequested();
                List<Subject> chunk = ahead.remove().join();
                ahead.add(read(chunkAt, from + readAhead * CHUNK, total));
                List<ScreeningView.Row> rows = new ArrayList<>();
                for (Subject s : chunk) {
                    addRows(rows, codes, s, run.year());
                }
                List<Map.Entry<Integer, String>> texts = codes.takeUnsaved();
                int done = from + chunk.size();
                written = written.thenRunAsync(
                        () -> transaction.executeWithoutResult(tx -> {
                            store.writeTexts(run.id(), texts);
                            store.writeResults(run.id(), rows);
                            job.checkpoint(done);
                        }),
                        writer);
            }
            written.join();
        } catch (RuntimeException e) {
            // the chunks read ahead are not wanted: those not yet started never run, so that another job's reads
            // do not wait behind them
            ahead.forEach(read -> read.cancel(false));
            // nothing may be written once the runner starts removing what was
            written.exceptionally(x -> null).join();
            throw e;
        }
    }

    /** The chunk starting at {@code from}, read on a reader thread. */
    private CompletableFuture<List<Subject>> read(IntFunction<List<Subject>> chunkAt, int from, int total) {
        if (from >= total) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(() -> chunkAt.apply(from), reader);
    }

    private void addRows(List<ScreeningView.Row> rows, ReasonCodes codes, Subject s, int year) {
        for (Map.Entry<Award, Answer> e :
                eligibility.screen(year, s.history(), s.authorityId()).entrySet()) {
            Answer answer = e.getValue();
            rows.add(new ScreeningView.Row(
                    s.rowNo(),
                    s.subjectId(),
                    s.fullName(),
                    e.getKey().name(),
                    answer.verdict().name(),
                    codes.encode(answer)));
        }
    }

    @Override
    public void discard(JobView job) {
        store.discard(job.refId());
    }

    @Override
    public void ended(JobView job) {
        store.dropUpload(job.refId());
    }

    @Override
    public String interruptedMessage() {
        return messages.get("screening.interrupted");
    }

    @Override
    public String failedMessage() {
        return messages.get("screening.failed");
    }
}
