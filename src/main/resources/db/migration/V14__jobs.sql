-- Long work as jobs in the database (platform.jobs): any instance claims a queued job
-- (FOR UPDATE SKIP LOCKED), beats its heartbeat while it runs, and a job whose heartbeat went
-- stale (its instance crashed or was killed) is taken over or failed by another instance's sweeper.
CREATE TABLE job (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind              varchar(40)  NOT NULL,
    ref_id            bigint       NOT NULL,   -- the feature's own record (screening_run.id, registry_import.id)
    state             varchar(20)  NOT NULL DEFAULT 'QUEUED',
    owner_instance    uuid,                    -- the instance running it, or the last one that did
    heartbeat_at      timestamptz,
    done              integer      NOT NULL DEFAULT 0,
    total             integer      NOT NULL DEFAULT 0,
    cancel_requested  boolean      NOT NULL DEFAULT false,
    attempts          integer      NOT NULL DEFAULT 0,   -- how many times an instance claimed it
    error             varchar(2000),
    created_by        varchar(60)  NOT NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    CONSTRAINT job_state CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    CONSTRAINT job_running_owned CHECK (state <> 'RUNNING' OR (owner_instance IS NOT NULL AND heartbeat_at IS NOT NULL)),
    CONSTRAINT job_progress CHECK (done >= 0 AND total >= 0)
);
-- one job per feature record: a run taken over is the same job queued again
CREATE UNIQUE INDEX job_ref ON job (kind, ref_id);
CREATE INDEX job_queued ON job (id) WHERE state = 'QUEUED';
CREATE INDEX job_running ON job (heartbeat_at) WHERE state = 'RUNNING';

-- Screening runs are jobs of kind SCREENING: a run's state, progress and error are its job's.
-- status, done, total, error and finished_at stay for the runs made before V14 (no job).
ALTER TABLE screening_run ALTER COLUMN status DROP NOT NULL;
-- the authority whose regulation applies to an uploaded list (a unit's run uses each person's)
ALTER TABLE screening_run ADD COLUMN authority_id bigint REFERENCES authority (id);
-- An uploaded list, kept until its run ends so that any instance can run it or run it again.
CREATE TABLE screening_upload (
    run_id    bigint PRIMARY KEY REFERENCES screening_run (id) ON DELETE CASCADE,
    workbook  bytea  NOT NULL
);
-- Runs that earlier versions left RUNNING when their instance stopped: failed, partial rows removed.
-- Only those older than an hour, so that a run still going on an old instance during a rolling
-- upgrade (a national run takes under a minute) is left to finish.
DELETE FROM screening_result WHERE run_id IN (
    SELECT id FROM screening_run WHERE status = 'RUNNING' AND created_at < now() - interval '1 hour');
DELETE FROM screening_text WHERE run_id IN (
    SELECT id FROM screening_run WHERE status = 'RUNNING' AND created_at < now() - interval '1 hour');
UPDATE screening_run SET status = 'FAILED', finished_at = now(),
       error = 'Lượt kiểm tra bị gián đoạn do máy chủ dừng; hãy chạy lại.'
WHERE status = 'RUNNING' AND created_at < now() - interval '1 hour';

-- The award registry: one row per award. An award with its decision is identified by (subject,
-- award, decision number, decision date): the same row imported twice is one row. Rows without a
-- decision number or date (history entered as bare facts on the eligibility pages) have no such
-- identity and are kept as entered: two "Giấy khen 2020" without a decision may be two awards.
-- The import and the decisions always carry both. Exact duplicates already there: lowest id kept.
DELETE FROM subject_record r USING subject_record k
WHERE r.decision_number IS NOT NULL AND r.decision_date IS NOT NULL
  AND k.subject_id = r.subject_id AND k.award = r.award
  AND k.decision_number = r.decision_number AND k.decision_date = r.decision_date
  AND k.id < r.id;
CREATE UNIQUE INDEX subject_record_decision_once ON subject_record (subject_id, award, decision_number, decision_date);

-- An import of past awards run as a job (kind REGISTRY_IMPORT): the file until the import ends,
-- then its row-by-row report.
CREATE TABLE registry_import (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint       NOT NULL REFERENCES authority (id),
    file_name     varchar(255),
    workbook      bytea,
    imported      integer,
    skipped       integer,
    created_by    varchar(60)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE TABLE registry_import_row (
    import_id  bigint       NOT NULL REFERENCES registry_import (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    row_label  varchar(40)  NOT NULL,   -- "Dòng 5", or "file" for the whole file
    outcome    varchar(10)  NOT NULL,   -- IMPORTED, SKIPPED, REFUSED
    message    varchar(2000) NOT NULL,
    PRIMARY KEY (import_id, position),
    CONSTRAINT registry_import_row_outcome CHECK (outcome IN ('IMPORTED', 'SKIPPED', 'REFUSED'))
);
