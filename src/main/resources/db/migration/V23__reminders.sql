-- Reminders (nhắc hạn, issue 21): each notice a person is given about a step of the calendar it must act on,
-- a few days before or once late. Unique on (person, entry, kind): two instances running the same day insert
-- each notice once, and only the one whose insert took place mails it.
CREATE TABLE notification (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     bigint       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    entry_key     varchar(160) NOT NULL,
    kind          varchar(10)  NOT NULL CHECK (kind IN ('SOON', 'LATE')),
    title         varchar(600) NOT NULL,
    bloc_name     varchar(400) NOT NULL,
    who           varchar(600) NOT NULL,
    due_on        date         NOT NULL,
    path          varchar(300) NOT NULL,
    created_at    timestamptz  NOT NULL,
    read_at       timestamptz,
    mailed_at     timestamptz,
    CONSTRAINT notification_once UNIQUE (person_id, entry_key, kind)
);
CREATE INDEX notification_person ON notification (person_id, created_at DESC);
CREATE INDEX notification_unread ON notification (person_id) WHERE read_at IS NULL;

-- A person's choice to receive no reminder mail (the bell stays).
CREATE TABLE reminder_setting (
    person_id   bigint      PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    mail_muted  boolean     NOT NULL,
    changed_at  timestamptz NOT NULL
);

-- The daily run, claimed by the first instance to insert its day.
CREATE TABLE reminder_run (
    day          date        PRIMARY KEY,
    instance     varchar(80) NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    notices      integer
);

-- The board's daily digest of what is late, one per person a day.
CREATE TABLE reminder_digest (
    person_id  bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    day        date        NOT NULL,
    late       integer     NOT NULL,
    sent_at    timestamptz,
    PRIMARY KEY (person_id, day)
);
