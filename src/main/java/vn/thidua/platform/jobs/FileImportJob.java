package vn.thidua.platform.jobs;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.platform.validation.Messages;

/**
 * A job that imports a file kept in the database until the job ends ({@link ImportFiles}): a run whose
 * instance stopped discards what it wrote and runs again from the file. The feature says how a file is
 * imported and which messages its user reads.
 */
public abstract class FileImportJob implements JobHandler {

    /** The keys of the messages of the feature's import: file gone, instance stopped, unexpected failure. */
    public record MessageKeys(String gone, String interrupted, String failed) {}

    private final String kind;
    private final ImportFiles files;
    private final MessageKeys keys;
    protected final Messages messages;
    protected final TransactionTemplate transaction;

    protected FileImportJob(
            String kind,
            ImportFiles files,
            MessageKeys keys,
            Messages messages,
            PlatformTransactionManager transactions) {
        this.kind = kind;
        this.files = files;
        this.keys = keys;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The file the job imports; a job whose file is gone fails with the feature's message. */
    protected byte[] file(JobContext job) {
        return files.workbook(job.refId()).orElseThrow(() -> new JobFailedException(messages.get(keys.gone())));
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void discard(JobView job) {
        files.discard(job.refId());
    }

    @Override
    public void ended(JobView job) {
        files.dropWorkbook(job.refId());
    }

    @Override
    public String interruptedMessage() {
        return messages.get(keys.interrupted());
    }

    @Override
    public String failedMessage() {
        return messages.get(keys.failed());
    }
}
