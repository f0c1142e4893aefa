package vn.thidua.rules;

import java.time.OffsetDateTime;

/** A screening run: its progress, and per person the titles and awards found eligible or needing a check. */
public record ScreeningView(long id, int year, Long unitId, String unitName, Long authorityId, String source,
        String status, int total, int done, String createdBy, OffsetDateTime createdAt, OffsetDateTime finishedAt,
        String error) {

    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }

    public boolean finished() {
        return !"RUNNING".equals(status);
    }

    /** reasons: one line per condition, "✓ / ✗ / ? condition — basis". */
    public record Row(int rowNo, Long subjectId, String fullName, String award, String verdict, String reasons) {
    }
}
