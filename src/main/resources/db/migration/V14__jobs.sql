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
