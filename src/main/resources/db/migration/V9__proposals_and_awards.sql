-- The decider (Chủ tịch UBND tỉnh, Bộ trưởng, or the office issuing in their name): signs decisions of one authority.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
    CHECK (role IN ('ADMIN', 'BOARD', 'UNIT_OFFICER', 'COUNCIL_MEMBER', 'DECIDER'));
ALTER TABLE app_user DROP CONSTRAINT app_user_scope;
ALTER TABLE app_user ADD CONSTRAINT app_user_scope CHECK (
    (role = 'ADMIN') OR
    (role IN ('BOARD', 'DECIDER') AND authority_id IS NOT NULL) OR
    (role = 'UNIT_OFFICER' AND unit_id IS NOT NULL) OR
    (role = 'COUNCIL_MEMBER' AND council_member_id IS NOT NULL));

-- Feature "proposals": a proposal for awards, its candidates, dossier files, audit trail, public
-- comments and the council's votes; the decision that ends it.
CREATE TABLE award_decision (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint  NOT NULL REFERENCES authority (id),
    year          integer NOT NULL,
    number        integer NOT NULL CHECK (number > 0),
    symbol        varchar(40)  NOT NULL,
    signed_on     date    NOT NULL,
    signer_name   varchar(200) NOT NULL,
    signer_title  varchar(200) NOT NULL,
    issued_by     varchar(60)  NOT NULL,
    issued_at     timestamptz NOT NULL,
    -- the authority's yearly sequence: "15/QĐ-UBND" is issued once a year
    CONSTRAINT award_decision_number UNIQUE (authority_id, year, number)
);

CREATE TABLE proposal (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id       bigint  NOT NULL REFERENCES authority (id),
    bloc_year_id       bigint  NOT NULL REFERENCES bloc_year (id),
    year               integer NOT NULL,
    level              varchar(10) NOT NULL CHECK (level IN ('BLOC', 'UNIT', 'BOARD')),
    proposer_unit_id   bigint REFERENCES unit (id),
    title              varchar(500) NOT NULL,
    commendation_type  varchar(20) NOT NULL,
    period_from        integer NOT NULL,
    period_to          integer NOT NULL,
    status             varchar(20) NOT NULL,
    justification      varchar(4000),
    return_reason      varchar(2000),
    step_started_at    timestamptz NOT NULL,
    step_due_on        date,
    public_from        timestamptz,
    public_until       timestamptz,
    decision_id        bigint REFERENCES award_decision (id),
    created_by         varchar(60) NOT NULL,
    created_at         timestamptz NOT NULL,
    version            bigint NOT NULL DEFAULT 0,
    CONSTRAINT proposal_period CHECK (period_from <= period_to)
);
CREATE INDEX proposal_authority ON proposal (authority_id, status);
CREATE INDEX proposal_bloc_year ON proposal (bloc_year_id);

CREATE TABLE proposal_candidate (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id         bigint  NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    position            integer NOT NULL,
    kind                varchar(20) NOT NULL CHECK (kind IN ('INDIVIDUAL', 'COLLECTIVE')),
    unit_id             bigint  NOT NULL REFERENCES unit (id),
    full_name           varchar(300) NOT NULL,
    job_title           varchar(300),
    award               varchar(20) NOT NULL,
    award_label         varchar(300) NOT NULL,
    vote_result         varchar(1000),
    status              varchar(20) NOT NULL,
    reason              varchar(2000),
    narrative           text,
    check_dossier       boolean NOT NULL DEFAULT false,
    check_criteria      boolean NOT NULL DEFAULT false,
    check_quota         boolean NOT NULL DEFAULT false,
    subject_id          bigint REFERENCES subject (id),
    -- the council's vote on this candidate and its option there (results are read by option, not by label)
    council_vote_id     bigint REFERENCES vote (id),
    council_option_id   bigint,
    certificate_number  varchar(60),
    version             bigint NOT NULL DEFAULT 0
);
CREATE INDEX proposal_candidate_proposal ON proposal_candidate (proposal_id);

CREATE TABLE proposal_file (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id   bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    candidate_id  bigint REFERENCES proposal_candidate (id) ON DELETE CASCADE,
    name          varchar(255) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size          integer NOT NULL,
    content       bytea NOT NULL,
    uploaded_by   varchar(60) NOT NULL,
    uploaded_at   timestamptz NOT NULL
);
CREATE INDEX proposal_file_proposal ON proposal_file (proposal_id);

-- Every step and refusal of the pipeline, by whom and why.
CREATE TABLE proposal_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id   bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    candidate_id  bigint REFERENCES proposal_candidate (id) ON DELETE SET NULL,
    action        varchar(40) NOT NULL,
    from_status   varchar(20),
    to_status     varchar(20),
    reason        varchar(4000),
    actor         varchar(60) NOT NULL,
    at            timestamptz NOT NULL
);
CREATE INDEX proposal_event_proposal ON proposal_event (proposal_id);

-- Comments of the public during công khai: contact details are kept for the board's answer, never shown.
CREATE TABLE public_comment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id   bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    candidate_id  bigint REFERENCES proposal_candidate (id) ON DELETE SET NULL,
    author_name   varchar(200) NOT NULL,
    contact       varchar(200) NOT NULL,
    body          varchar(4000) NOT NULL,
    created_at    timestamptz NOT NULL,
    answer        varchar(4000),
    answered_by   varchar(60),
    answered_at   timestamptz
);
CREATE INDEX public_comment_proposal ON public_comment (proposal_id);

-- Feature "awards": the award registry is subject_record (read by the eligibility engine), with
-- what a registry keeps beyond the engine's facts.
ALTER TABLE subject_record
    ADD COLUMN authority_id        bigint REFERENCES authority (id),
    ADD COLUMN award_label         varchar(300),
    ADD COLUMN decision_authority  varchar(300),
    ADD COLUMN certificate_number  varchar(60),
    ADD COLUMN source              varchar(20) NOT NULL DEFAULT 'ENTERED',
    ADD COLUMN decision_id         bigint REFERENCES award_decision (id),
    ADD COLUMN candidate_id        bigint REFERENCES proposal_candidate (id);
CREATE INDEX subject_record_year ON subject_record (year, award);
-- a person is found in the unit by the exact name (diacritics count), once per imported row
CREATE INDEX subject_unit_exact_name ON subject (unit_id, lower(normalize(full_name, NFC)));
CREATE INDEX subject_record_decision ON subject_record (decision_id);
