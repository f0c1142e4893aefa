-- Votes of a bloc year's conference (issue 4). Secrecy: "who has voted" (vote_participation) and
-- "what was voted" (vote_tally: counts per option, vote_ballots: counts per vote) are written in
-- the same transaction, and share no column but the vote: there is no row per ballot, no ballot
-- id, no timestamp, nothing to join on. See docs/voting-secrecy.md.

CREATE TABLE vote (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bloc_year_id      bigint NOT NULL REFERENCES bloc_year (id) ON DELETE CASCADE,
    subject           varchar(40) NOT NULL,
    question          varchar(1000) NOT NULL,
    method            varchar(20) NOT NULL CHECK (method IN ('SECRET_BALLOT', 'SHOW_OF_HANDS', 'ACCLAMATION')),
    threshold_num     integer NOT NULL,
    threshold_den     integer NOT NULL,
    comparison        varchar(10) NOT NULL CHECK (comparison IN ('AT_LEAST', 'MORE_THAN')),
    base              varchar(12) NOT NULL CHECK (base IN ('ELECTORATE', 'PRESENT')),
    quorum_num        integer NOT NULL,
    quorum_den        integer NOT NULL,
    rule_basis        varchar(500) NOT NULL,
    max_choices       integer NOT NULL DEFAULT 1 CHECK (max_choices >= 1),
    status            varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    electorate        integer NOT NULL CHECK (electorate > 0),
    present           integer CHECK (present IS NULL OR present >= 0),
    opened_at         timestamptz,
    closed_at         timestamptz,
    created_by        varchar(60) NOT NULL,
    version           bigint NOT NULL DEFAULT 0,
    CONSTRAINT vote_shares CHECK (threshold_den > 0 AND threshold_num BETWEEN 0 AND threshold_den
                                  AND quorum_den > 0 AND quorum_num BETWEEN 0 AND quorum_den),
    CONSTRAINT vote_present CHECK (present IS NULL OR present <= electorate)
);
CREATE INDEX vote_bloc_year ON vote (bloc_year_id);

CREATE TABLE vote_option (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vote_id   bigint NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    label     varchar(300) NOT NULL,
    unit_id   bigint REFERENCES unit (id),
    CONSTRAINT vote_option_position UNIQUE (vote_id, position)
);

CREATE TABLE vote_elector (
    vote_id  bigint NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    elector  varchar(40) NOT NULL,
    label    varchar(300) NOT NULL,
    PRIMARY KEY (vote_id, elector)
);

-- Who has voted: the primary key makes a second ballot of the same elector fail, even from two
-- application instances at once, and the failure rolls the whole ballot back.
CREATE TABLE vote_participation (
    vote_id  bigint NOT NULL,
    elector  varchar(40) NOT NULL,
    PRIMARY KEY (vote_id, elector),
    FOREIGN KEY (vote_id, elector) REFERENCES vote_elector (vote_id, elector) ON DELETE CASCADE
);

-- What was voted: counters only, each spread over a few slots chosen at random by each ballot, so
-- that hundreds of ballots at once do not queue on one row; a count is the sum of its slots.
CREATE TABLE vote_tally (
    vote_id    bigint NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    option_id  bigint NOT NULL REFERENCES vote_option (id) ON DELETE CASCADE,
    slot       smallint NOT NULL CHECK (slot BETWEEN 0 AND 15),
    ballots    integer NOT NULL DEFAULT 0 CHECK (ballots >= 0),
    PRIMARY KEY (vote_id, option_id, slot)
);

CREATE TABLE vote_ballots (
    vote_id     bigint NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    slot        smallint NOT NULL CHECK (slot BETWEEN 0 AND 15),
    cast_count  integer NOT NULL DEFAULT 0 CHECK (cast_count >= 0),
    blank       integer NOT NULL DEFAULT 0 CHECK (blank >= 0),
    PRIMARY KEY (vote_id, slot)
);
