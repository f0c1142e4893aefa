-- Legal parameters (feature "rules"): national values loaded from rules/legal-parameters.csv,
-- provincial regulation values on top (authority_id), every change audited.
CREATE TABLE legal_parameter (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key           varchar(60)  NOT NULL,
    value         numeric(12, 4) NOT NULL,
    valid_from    date NOT NULL,
    valid_to      date,
    authority_id  bigint REFERENCES authority (id),
    instrument    varchar(300) NOT NULL,
    article       varchar(20),
    clause        varchar(20),
    point         varchar(20),
    verified      boolean NOT NULL DEFAULT false,
    note          varchar(1000),
    version       bigint NOT NULL DEFAULT 0,
    CONSTRAINT legal_parameter_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX legal_parameter_unique ON legal_parameter (key, valid_from, coalesce(authority_id, 0));

CREATE TABLE legal_parameter_change (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parameter_id  bigint NOT NULL REFERENCES legal_parameter (id),
    changed_at    timestamptz NOT NULL DEFAULT now(),
    changed_by    varchar(60) NOT NULL,
    old_value     numeric(12, 4),
    new_value     numeric(12, 4) NOT NULL,
    old_verified  boolean,
    new_verified  boolean NOT NULL,
    reason        varchar(1000) NOT NULL
);
CREATE INDEX legal_parameter_change_parameter ON legal_parameter_change (parameter_id);

-- Subjects (cá nhân, tập thể) and their history, read by the eligibility engine. The award
-- registry of the proposals feature will write subject_record too.
CREATE TABLE subject (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('INDIVIDUAL', 'COLLECTIVE')),
    full_name    varchar(300) NOT NULL,
    unit_id      bigint NOT NULL REFERENCES unit (id),
    position     varchar(300),
    external_ref varchar(100),
    search_text  text GENERATED ALWAYS AS (search_key(full_name)) STORED
);
CREATE INDEX subject_unit ON subject (unit_id);
CREATE INDEX subject_search ON subject USING gin (search_text gin_trgm_ops);
CREATE UNIQUE INDEX subject_external_ref ON subject (unit_id, external_ref) WHERE external_ref IS NOT NULL;

CREATE TABLE subject_record (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id         bigint NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    year               integer NOT NULL,
    award              varchar(20) NOT NULL,
    period_from        integer NOT NULL,
    period_to          integer NOT NULL,
    commendation_type  varchar(20) NOT NULL DEFAULT 'THUONG_XUYEN',
    is_title           boolean NOT NULL,
    decision_number    varchar(60),
    decision_date      date,
    CONSTRAINT subject_record_period CHECK (period_from <= period_to)
);
CREATE INDEX subject_record_subject ON subject_record (subject_id);
-- an emulation title is given at most once a year; forms of commendation may repeat
CREATE UNIQUE INDEX subject_record_title_once ON subject_record (subject_id, award, year) WHERE is_title;

CREATE TABLE subject_rating (
    subject_id  bigint NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    year        integer NOT NULL,
    rating      varchar(10) NOT NULL,
    PRIMARY KEY (subject_id, year)
);

CREATE TABLE subject_initiative (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id  bigint NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    year        integer NOT NULL,
    level       varchar(20) NOT NULL,
    title       varchar(500),
    used_for    varchar(20)
);
CREATE INDEX subject_initiative_subject ON subject_initiative (subject_id);

CREATE TABLE subject_discipline (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id  bigint NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    year        integer NOT NULL,
    level       varchar(20) NOT NULL
);
CREATE INDEX subject_discipline_subject ON subject_discipline (subject_id);

CREATE TABLE subject_year (
    subject_id       bigint NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    year             integer NOT NULL,
    months_worked    integer CHECK (months_worked BETWEEN 0 AND 12),
    members_total    integer CHECK (members_total >= 0),
    members_ldtt     integer CHECK (members_ldtt >= 0),
    members_completed integer CHECK (members_completed >= 0),
    members_cstdcs   integer CHECK (members_cstdcs >= 0),
    PRIMARY KEY (subject_id, year)
);

-- Batch screening: one run over a unit's staff (or an uploaded list), its progress and results.
CREATE TABLE screening_run (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year         integer NOT NULL,
    unit_id      bigint REFERENCES unit (id),
    source       varchar(20) NOT NULL,
    status       varchar(20) NOT NULL,
    total        integer NOT NULL DEFAULT 0,
    done         integer NOT NULL DEFAULT 0,
    created_by   varchar(60) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    error        varchar(2000)
);

-- The distinct "condition — basis" texts of a run; results refer to them by number, so that a
-- national run writes a few bytes per result instead of the whole explanation each time.
CREATE TABLE screening_text (
    run_id  bigint  NOT NULL,
    idx     integer NOT NULL,
    text    text    NOT NULL,
    PRIMARY KEY (run_id, idx)
);

-- No foreign keys here: a national run writes millions of rows, and a row-by-row check of each
-- would cost more than the screening itself. The run's rows are written only by the run, and a
-- result stays a record of the run even if its subject is later removed.
CREATE TABLE screening_result (
    run_id      bigint NOT NULL,
    row_no      integer NOT NULL,
    subject_id  bigint,
    full_name   varchar(300),  -- only for uploaded lists; a stored subject's name is read from subject
    award       varchar(20) NOT NULL,
    verdict     varchar(20) NOT NULL,
    reasons     text NOT NULL   -- "12+;7?;3-": text number and outcome (+ met, - not met, ? open)
);
-- rows arrive in (run_id, row_no) order, so a block-range index finds them at a fraction of the
-- cost of a B-tree on every insert; pages and exports read them by ranges of row numbers
CREATE INDEX screening_result_run ON screening_result USING brin (run_id, row_no);
