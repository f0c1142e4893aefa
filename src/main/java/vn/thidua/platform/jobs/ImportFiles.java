package vn.thidua.platform.jobs;

import java.util.Optional;

/**
 * Where a feature keeps the file an import job runs from (in the database, so that a run whose instance
 * stopped can start again), and what a run of it writes beside.
 */
public interface ImportFiles {

    /** The file of an import whose job has not ended. */
    Optional<byte[]> workbook(long importId);

    /** What an unfinished run wrote: its report. */
    void discard(long importId);

    /** The job ended: its file is no longer needed. */
    void dropWorkbook(long importId);
}
