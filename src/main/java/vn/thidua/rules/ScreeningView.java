package vn.thidua.rules;

import java.time.OffsetDateTime;
import vn.thidua.platform.jobs.JobView;

/**
 * A screening run: its progress, and per person the titles and awards found eligible or needing a check.
 * A run is a job (status QUEUED, RUNNING, DONE, FAILED or CANCELLED, progress done / total, error);
 * runs made before jobs existed keep what they recorded themselves ({@code jobId} null).
 */
public record ScreeningView(
        long id,
        int year,
        Long unitId,
        String unitName,
        Long authorityId,
        String source,
        String status,
        int total,
        int done,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt,
        String error,
        Long jobId,
        boolean cancelRequested) {

    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, 100L * done / total);
    }

    public boolean finished() {
        return !"RUNNING".equals(status) && !"QUEUED".equals(status);
    }

    /** Whether a cancel can still be asked (one already asked is on its way). */
    public boolean cancellable() {
        return jobId != null && !finished() && !cancelRequested;
    }

    ScreeningView withJob(JobView job) {
        return new ScreeningView(
                id,
                year,
                unitId,
                unitName,
                authorityId,
                source,
                job.state().name(),
                job.total(),
                job.done(),
                createdBy,
                createdAt,
                job.finishedAt(),
                job.error(),
                job.id(),
                job.cancelRequested());
    }

    /** reasons: one line per condition, "✓ / ✗ / ? condition — basis". */
    public record Row(int rowNo, Long subjectId, String fullName, String award, String verdict, String reasons) {}
}
