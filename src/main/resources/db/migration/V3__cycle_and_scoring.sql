-- The bloc's year (issue 3): launch and covenant (feature cycle), then scoring templates, the bloc
-- year's copy of its template, self-scores and cross-inspections, consolidation, objections, lock.

CREATE TABLE bloc_launch (
    bloc_year_id  bigint PRIMARY KEY REFERENCES bloc_year (id) ON DELETE CASCADE,
    launched_on   date NOT NULL,
    text          varchar(10000) NOT NULL,
    movements     varchar(5000) NOT NULL DEFAULT '',
    launched_by   varchar(60) NOT NULL,
    recorded_at   timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 0
);

-- Membership is checked by the service, not by a foreign key to bloc_member: the board rewrites a
-- year's member list as a whole, and a covenant must not vanish with it.
CREATE TABLE covenant_entry (
    bloc_year_id     bigint NOT NULL REFERENCES bloc_launch (bloc_year_id) ON DELETE CASCADE,
    unit_id          bigint NOT NULL REFERENCES unit (id),
    targets          varchar(10000) NOT NULL,
    signer_name      varchar(200),
    signer_position  varchar(200),
    signed_at        timestamptz,
    signed_by        varchar(60),
    updated_by       varchar(60) NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (bloc_year_id, unit_id),
    CONSTRAINT covenant_signed_whole CHECK ((signed_at IS NULL) = (signer_name IS NULL))
);

CREATE TABLE scoring_template (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id         bigint NOT NULL REFERENCES authority (id),
    year                 integer NOT NULL,
    version_no           integer NOT NULL,
    name                 varchar(300) NOT NULL,
    bonus_cap            numeric(7,2) CHECK (bonus_cap >= 0),
    penalty_cap          numeric(7,2) CHECK (penalty_cap >= 0),
    discrepancy_points   numeric(7,2) CHECK (discrepancy_points >= 0),
    discrepancy_percent  numeric(5,2) CHECK (discrepancy_percent >= 0 AND discrepancy_percent <= 100),
    tie_breaks           varchar(200) NOT NULL DEFAULT '',
    published_at         timestamptz,
    published_by         varchar(60),
    created_by           varchar(60) NOT NULL,
    created_at           timestamptz NOT NULL,
    version              bigint NOT NULL DEFAULT 0,
    CONSTRAINT scoring_template_version UNIQUE (authority_id, year, version_no)
);

CREATE TABLE scoring_template_criterion (
    template_id  bigint NOT NULL REFERENCES scoring_template (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    code         varchar(20) NOT NULL,
    group_name   varchar(300) NOT NULL,
    name         varchar(1000) NOT NULL,
    kind         varchar(10) NOT NULL CHECK (kind IN ('SCORED', 'BONUS', 'PENALTY')),
    max_points   numeric(7,2) NOT NULL CHECK (max_points > 0),
    guidance     varchar(4000),
    evidence     varchar(2000),
    PRIMARY KEY (template_id, position),
    CONSTRAINT scoring_template_criterion_code UNIQUE (template_id, code)
);

CREATE TABLE scoring_template_band (
    template_id  bigint NOT NULL REFERENCES scoring_template (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    label        varchar(200) NOT NULL,
    min_total    numeric(7,2) NOT NULL,
    PRIMARY KEY (template_id, position)
);

-- A bloc year's scoring: a copy of the template version it uses, so that later edits of the
-- template never change a year already scored.
CREATE TABLE scoring_round (
    bloc_year_id          bigint PRIMARY KEY REFERENCES bloc_year (id) ON DELETE CASCADE,
    template_id           bigint REFERENCES scoring_template (id),
    template_name         varchar(300) NOT NULL,
    template_version_no   integer NOT NULL,
    bonus_cap             numeric(7,2),
    penalty_cap           numeric(7,2),
    discrepancy_points    numeric(7,2),
    discrepancy_percent   numeric(5,2),
    tie_breaks            varchar(200) NOT NULL DEFAULT '',
    stage                 varchar(20) NOT NULL DEFAULT 'SCORING' CHECK (stage IN ('SCORING', 'CONSOLIDATED', 'LOCKED')),
    inspection_opened_at  timestamptz,
    consolidated_at       timestamptz,
    consolidated_by       varchar(60),
    objection_from        date,
    objection_until       date,
    locked_at             timestamptz,
    locked_by             varchar(60),
    version               bigint NOT NULL DEFAULT 0,
    CONSTRAINT scoring_round_window CHECK (objection_until IS NULL OR objection_from <= objection_until)
);

CREATE TABLE round_criterion (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bloc_year_id  bigint NOT NULL REFERENCES scoring_round (bloc_year_id) ON DELETE CASCADE,
    position      integer NOT NULL,
    code          varchar(20) NOT NULL,
    group_name    varchar(300) NOT NULL,
    name          varchar(1000) NOT NULL,
    kind          varchar(10) NOT NULL CHECK (kind IN ('SCORED', 'BONUS', 'PENALTY')),
    max_points    numeric(7,2) NOT NULL CHECK (max_points > 0),
    guidance      varchar(4000),
    evidence      varchar(2000),
    CONSTRAINT round_criterion_code UNIQUE (bloc_year_id, code)
);

CREATE TABLE round_band (
    bloc_year_id  bigint NOT NULL REFERENCES scoring_round (bloc_year_id) ON DELETE CASCADE,
    position      integer NOT NULL,
    label         varchar(200) NOT NULL,
    min_total     numeric(7,2) NOT NULL,
    PRIMARY KEY (bloc_year_id, position)
);

-- A self-score (scorer = scored unit) or an inspection (scorer = the assigned inspector). The
-- inspection sheets are the assignment itself: one inspector and one inspected unit per sheet.
CREATE TABLE score_sheet (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bloc_year_id    bigint NOT NULL REFERENCES scoring_round (bloc_year_id) ON DELETE CASCADE,
    kind            varchar(12) NOT NULL CHECK (kind IN ('SELF', 'INSPECTION')),
    unit_id         bigint NOT NULL REFERENCES unit (id),
    scorer_unit_id  bigint NOT NULL REFERENCES unit (id),
    status          varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED')),
    submitted_at    timestamptz,
    submitted_by    varchar(60),
    updated_at      timestamptz,
    updated_by      varchar(60),
    version         bigint NOT NULL DEFAULT 0,
    CONSTRAINT score_sheet_scored_once UNIQUE (bloc_year_id, kind, unit_id),
    CONSTRAINT score_sheet_scorer_once UNIQUE (bloc_year_id, kind, scorer_unit_id),
    CONSTRAINT score_sheet_self CHECK ((kind = 'SELF') = (unit_id = scorer_unit_id))
);

CREATE TABLE score_entry (
    sheet_id      bigint NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    criterion_id  bigint NOT NULL REFERENCES round_criterion (id) ON DELETE CASCADE,
    points        numeric(7,2) NOT NULL CHECK (points >= 0),
    comment       varchar(2000),
    PRIMARY KEY (sheet_id, criterion_id)
);

CREATE TABLE evidence_file (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sheet_id      bigint NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    criterion_id  bigint REFERENCES round_criterion (id) ON DELETE CASCADE,
    file_name     varchar(255) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    bigint NOT NULL,
    sha256        char(64) NOT NULL,
    content       bytea NOT NULL,
    uploaded_by   varchar(60) NOT NULL,
    uploaded_at   timestamptz NOT NULL
);
CREATE INDEX evidence_file_sheet ON evidence_file (sheet_id);

CREATE TABLE discrepancy_resolution (
    bloc_year_id  bigint NOT NULL REFERENCES scoring_round (bloc_year_id) ON DELETE CASCADE,
    unit_id       bigint NOT NULL REFERENCES unit (id),
    criterion_id  bigint NOT NULL REFERENCES round_criterion (id) ON DELETE CASCADE,
    points        numeric(7,2) NOT NULL CHECK (points >= 0),
    reason        varchar(2000) NOT NULL,
    resolved_by   varchar(60) NOT NULL,
    resolved_at   timestamptz NOT NULL,
    PRIMARY KEY (bloc_year_id, unit_id, criterion_id)
);

CREATE TABLE final_score (
    bloc_year_id  bigint NOT NULL REFERENCES scoring_round (bloc_year_id) ON DELETE CASCADE,
    unit_id       bigint NOT NULL REFERENCES unit (id),
    criterion_id  bigint NOT NULL REFERENCES round_criterion (id) ON DELETE CASCADE,
    points        numeric(7,2) NOT NULL CHECK (points >= 0),
    PRIMARY KEY (bloc_year_id, unit_id, criterion_id)
);

CREATE TABLE score_objection (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bloc_year_id  bigint NOT NULL REFERENCES scoring_round (bloc_year_id) ON DELETE CASCADE,
    unit_id       bigint NOT NULL REFERENCES unit (id),
    criterion_id  bigint REFERENCES round_criterion (id) ON DELETE CASCADE,
    reason        varchar(4000) NOT NULL,
    raised_by     varchar(60) NOT NULL,
    raised_at     timestamptz NOT NULL,
    answer        varchar(4000),
    answered_by   varchar(60),
    answered_at   timestamptz,
    version       bigint NOT NULL DEFAULT 0
);
CREATE INDEX score_objection_round ON score_objection (bloc_year_id);

-- Every change of a final score after consolidation: by the leader answering an objection, or by
-- the board after the lock. Nothing here is ever updated or deleted.
CREATE TABLE score_change (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bloc_year_id  bigint NOT NULL REFERENCES scoring_round (bloc_year_id) ON DELETE CASCADE,
    unit_id       bigint NOT NULL REFERENCES unit (id),
    criterion_id  bigint NOT NULL REFERENCES round_criterion (id),
    old_points    numeric(7,2) NOT NULL,
    new_points    numeric(7,2) NOT NULL,
    reason        varchar(2000) NOT NULL,
    stage         varchar(12) NOT NULL CHECK (stage IN ('OBJECTION', 'BOARD')),
    changed_by    varchar(60) NOT NULL,
    changed_at    timestamptz NOT NULL
);
CREATE INDEX score_change_round ON score_change (bloc_year_id);
