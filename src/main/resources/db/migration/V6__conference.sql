-- The year-end conference of a bloc year (hội nghị tổng kết): editable until its minutes are signed,
-- then locked; every change is kept (field, old and new value, who, when).
CREATE TABLE conference (
    bloc_year_id   bigint PRIMARY KEY REFERENCES bloc_year (id) ON DELETE CASCADE,
    held_on        date NOT NULL,
    place          varchar(300) NOT NULL,
    host_unit_id   bigint REFERENCES unit (id),
    chair          varchar(300) NOT NULL,
    secretary      varchar(300),
    attendees      varchar(5000) NOT NULL DEFAULT '',
    guests         varchar(2000) NOT NULL DEFAULT '',
    agenda         varchar(5000) NOT NULL DEFAULT '',
    adopted        varchar(5000) NOT NULL DEFAULT '',
    outcomes       varchar(5000) NOT NULL DEFAULT '',
    signed_at      timestamptz,
    signed_by      varchar(60),
    version        bigint NOT NULL DEFAULT 0
);

CREATE TABLE conference_change (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bloc_year_id  bigint NOT NULL REFERENCES conference (bloc_year_id) ON DELETE CASCADE,
    field         varchar(40) NOT NULL,
    old_value     varchar(5000),
    new_value     varchar(5000),
    changed_by    varchar(60) NOT NULL,
    changed_at    timestamptz NOT NULL
);
CREATE INDEX conference_change_year ON conference_change (bloc_year_id);
