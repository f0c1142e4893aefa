package vn.thidua.awards;

import java.io.ByteArrayInputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.awards.internal.ImportStore;
import vn.thidua.platform.jobs.FileImportJob;
import vn.thidua.platform.jobs.JobContext;
import vn.thidua.platform.jobs.JobFailedException;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;

/**
 * An import of past awards as a job. The whole import is one transaction, which also ends the job
 * (so an import is either entered and DONE, or not entered at all): an import whose instance stopped
 * left nothing behind and runs again from its file, kept in the database. A refused file leaves its
 * reasons row by row in the report.
 */
@Component
class RegistryImportJob extends FileImportJob {

    static final String KIND = "REGISTRY_IMPORT";

    private final RegistryImporter importer;
    private final ImportStore store;

    RegistryImportJob(
            RegistryImporter importer, ImportStore store, Messages messages, PlatformTransactionManager transactions) {
        super(
                KIND,
                store,
                new MessageKeys("registry.import.gone", "registry.import.interrupted", "registry.import.failed"),
                messages,
                transactions);
        this.importer = importer;
        this.store = store;
    }

    @Override
    public void run(JobContext job) {
        long id = job.refId();
        ImportStore.Import record = store.find(id).orElseThrow();
        byte[] workbook = file(job);
        try {
            transaction.executeWithoutResult(tx -> {
                ImportReport report = importer.run(
                        record.authorityId(), new ByteArrayInputStream(workbook), new RegistryImporter.Progress() {
                            @Override
                            public void total(int rows) {
                                job.total(rows);
                            }

                            @Override
                            public void done(int rows) {
                                job.progress(rows);
                            }
                        });
                store.saveReport(id, report);
                job.complete();
            });
        } catch (InvalidInputException refused) {
            throw new JobFailedException(
                    messages.get("registry.import.refused"),
                    () -> store.saveRows(
                            id,
                            refused.violations().stream()
                                    .map(v ->
                                            new ImportReport.Line(v.field(), ImportReport.Outcome.REFUSED, v.message()))
                                    .toList()));
        }
    }
}
