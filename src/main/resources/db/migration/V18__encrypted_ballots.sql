-- Secret ballots encrypted for a counting committee (docs/voting-secrecy.md).

-- States of a vote: DRAFT → OPEN → CLOSED (the box is closed; an encrypted vote waits for its
-- committee) → VERIFIED (the result is known, every proof behind it checked). Votes closed before
-- this release had their result at once.
ALTER TABLE vote DROP CONSTRAINT vote_status_check;
UPDATE vote SET status = 'VERIFIED' WHERE status = 'CLOSED';
ALTER TABLE vote ALTER COLUMN status TYPE varchar(12);
ALTER TABLE vote ADD CONSTRAINT vote_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'VERIFIED'));

-- A secret ballot is counted on paper or electronically, never both: a vote whose count was
-- entered on paper is a paper ballot.
ALTER TABLE vote DROP CONSTRAINT vote_method_check;
UPDATE vote SET method = 'PAPER_BALLOT'
 WHERE method = 'SECRET_BALLOT' AND EXISTS (SELECT 1 FROM vote_paper_count p WHERE p.vote_id = vote.id);
ALTER TABLE vote ADD CONSTRAINT vote_method
    CHECK (method IN ('SECRET_BALLOT', 'PAPER_BALLOT', 'SHOW_OF_HANDS', 'ACCLAMATION'));

-- Electronic secret ballots created from now on are encrypted; those of earlier releases were
-- counted in plain counters and can only be closed.
ALTER TABLE vote ADD COLUMN encrypted boolean NOT NULL DEFAULT false;
ALTER TABLE vote ADD COLUMN public_key char(66);
-- the encrypted totals, fixed at closing: [{"a":…,"b":…}, …] per option in order, then the blank ballots
ALTER TABLE vote ADD COLUMN encrypted_totals jsonb;

-- The counting committee (ban kiểm phiếu): each trustee's public key share with its proof.
CREATE TABLE vote_trustee (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vote_id         bigint NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    username        varchar(60) NOT NULL,
    label           varchar(300) NOT NULL,
    public_key      char(66),
    key_commitment  char(66),
    key_response    char(64),
    registered_at   timestamptz,
    -- the trustee's partial decryption of every total, with its proofs, as sent
    decryption      jsonb,
    decrypted_at    timestamptz,
    CONSTRAINT vote_trustee_once UNIQUE (vote_id, username),
    CONSTRAINT vote_trustee_key CHECK ((public_key IS NULL) = (key_response IS NULL) AND (public_key IS NULL) = (key_commitment IS NULL))
);

-- Encrypted ballots: no voter, no time, no order column. Who voted is vote_participation.
CREATE TABLE vote_encrypted_ballot (
    vote_id        bigint NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    tracking_code  char(64) NOT NULL,
    ballot         jsonb NOT NULL,
    PRIMARY KEY (vote_id, tracking_code)
);

-- Written opinions of absent electors: entered from the signed letter by one person, counted
-- only when a second confirms; the letter is kept, the choice is erased once encrypted.
CREATE TABLE vote_written_opinion (
    vote_id       bigint NOT NULL,
    elector       varchar(40) NOT NULL,
    choice        jsonb,
    letter        bytea NOT NULL,
    letter_name   varchar(255) NOT NULL,
    letter_type   varchar(100) NOT NULL,
    entered_by    varchar(60) NOT NULL,
    entered_at    timestamptz NOT NULL,
    confirmed_by  varchar(60),
    confirmed_at  timestamptz,
    PRIMARY KEY (vote_id, elector),
    FOREIGN KEY (vote_id, elector) REFERENCES vote_elector (vote_id, elector) ON DELETE CASCADE,
    CONSTRAINT vote_written_two_people CHECK (confirmed_by IS NULL OR confirmed_by <> entered_by)
);

-- Who was counted present when the vote opened (when the chair records it by name): a written
-- opinion is taken only for an elector who is not, so that nobody's own ballot is pre-empted.
CREATE TABLE vote_attendance (
    vote_id  bigint NOT NULL,
    elector  varchar(40) NOT NULL,
    PRIMARY KEY (vote_id, elector),
    FOREIGN KEY (vote_id, elector) REFERENCES vote_elector (vote_id, elector) ON DELETE CASCADE
);
