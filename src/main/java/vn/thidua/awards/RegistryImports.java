package vn.thidua.awards;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.awards.internal.ImportStore;
import vn.thidua.platform.jobs.JobView;
import vn.thidua.platform.jobs.Jobs;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;

/**
 * Imports of past awards as jobs ({@link RegistryImportJob}): the board sends the file, any instance
 * imports it (all or nothing, in one transaction) while the page shows the rows entered so far, and
 * the report says row by row what was entered and what was already there. The file is kept in the
 * database until the import ends, so an import whose instance stopped is run again by another.
 */
@Service
public class RegistryImports {

    private final ImportStore store;
    private final Jobs jobs;
    private final Messages messages;

    RegistryImports(ImportStore store, Jobs jobs, Messages messages) {
        this.store = store;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** Queues the import of the file into the board's authority's registry; it starts once this transaction commits. */
    @Transactional
    public ImportView submit(CurrentUser user, String fileName, byte[] workbook) {
        AwardRegistry.requireImporter(user, messages);
        if (workbook == null || workbook.length == 0) {
            throw new InvalidInputException(List.of(new Violation("file", messages.get("registry.import.noFile"))));
        }
        long id =
                store.create(user.authorityId(), fileName == null ? null : fileName.strip(), workbook, user.username());
        jobs.submit(RegistryImportJob.KIND, id, user.username());
        return get(user, id);
    }

    /**
     * The import with its progress, and its report once ended; for its board (and whoever sent it) and administrators.
     */
    @Transactional(readOnly = true)
    public ImportView get(CurrentUser user, long id) {
        ImportStore.Import record =
                store.find(id).orElseThrow(() -> new NotFoundException(messages.get("registry.import.notFound", id)));
        if (!user.isAdmin()
                && !user.isBoardOf(record.authorityId())
                && !record.createdBy().equals(user.username())) {
            throw new Refused("registry.import.refused.notVisible", messages.get("registry.import.refused.notVisible"));
        }
        JobView job = jobs.findFor(RegistryImportJob.KIND, id).orElseThrow();
        List<ImportReport.Line> rows = job.finished() ? store.rows(id) : List.of();
        return new ImportView(
                id,
                record.fileName(),
                record.createdBy(),
                record.createdAt(),
                job.id(),
                job.state().name(),
                job.done(),
                job.total(),
                job.cancelRequested(),
                job.error(),
                record.imported(),
                record.skipped(),
                rows);
    }

    /** Cancels an import not yet ended: nothing of it is entered. Whoever may see it may cancel it. */
    public ImportView cancel(CurrentUser user, long id) {
        ImportView view = get(user, id);
        jobs.cancel(view.jobId());
        return get(user, id);
    }
}
