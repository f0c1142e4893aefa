package vn.thidua.awards;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import of past awards run as a job: its state (QUEUED, RUNNING, DONE, FAILED, CANCELLED), its progress
 * (rows entered / rows of the file, known once the file is read), and when it has ended its report row by row.
 */
public record ImportView(
        long id,
        String fileName,
        String createdBy,
        OffsetDateTime createdAt,
        long jobId,
        String state,
        int done,
        int total,
        boolean cancelRequested,
        String error,
        Integer imported,
        Integer skipped,
        List<ImportReport.Line> rows) {

    /** What a page shows of the rows already there: the first {@value #SHOWN} (the API gives them all). */
    public static final int SHOWN = 1000;

    public boolean finished() {
        return !"QUEUED".equals(state) && !"RUNNING".equals(state);
    }

    public boolean cancellable() {
        return !finished() && !cancelRequested;
    }

    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, 100L * done / total);
    }

    public List<ImportReport.Line> skippedRows() {
        return rows.stream()
                .filter(l -> l.outcome() == ImportReport.Outcome.SKIPPED)
                .limit(SHOWN)
                .toList();
    }

    public List<ImportReport.Line> refusedRows() {
        return rows.stream()
                .filter(l -> l.outcome() == ImportReport.Outcome.REFUSED)
                .toList();
    }
}
