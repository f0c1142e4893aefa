-- Paper ballots of an in-person conference: the secretary enters the counting committee's counts;
-- a second person confirms them, and only then are they the vote's result (two-person rule).
CREATE TABLE vote_paper_count (
    vote_id     bigint PRIMARY KEY REFERENCES vote (id) ON DELETE CASCADE,
    cast_count  integer NOT NULL CHECK (cast_count >= 0),
    blank       integer NOT NULL CHECK (blank >= 0),
    committee   varchar(1000) NOT NULL,
    entered_by  varchar(60) NOT NULL,
    entered_at  timestamptz NOT NULL
);

CREATE TABLE vote_paper_option (
    vote_id    bigint NOT NULL REFERENCES vote_paper_count (vote_id) ON DELETE CASCADE,
    option_id  bigint NOT NULL REFERENCES vote_option (id) ON DELETE CASCADE,
    ballots    integer NOT NULL CHECK (ballots >= 0),
    PRIMARY KEY (vote_id, option_id)
);
