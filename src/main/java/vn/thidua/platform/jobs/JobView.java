package vn.thidua.platform.jobs;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A job as stored: what it is for ({@code kind} and the feature's record {@code refId}), its state and progress. */
public record JobView(
        long id,
        String kind,
        long refId,
        JobState state,
        UUID ownerInstance,
        OffsetDateTime heartbeatAt,
        int done,
        int total,
        boolean cancelRequested,
        int attempts,
        String error,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    public boolean finished() {
        return state.finished();
    }

    public int percent() {
        return total == 0 ? (state == JobState.DONE ? 100 : 0) : (int) Math.min(100, 100L * done / total);
    }
}
