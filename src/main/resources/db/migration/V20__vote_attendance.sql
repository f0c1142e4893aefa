-- Who was counted present when the vote opened (when the chair records it by name): a written
-- opinion is taken only for an elector who is not, so that nobody's own ballot is pre-empted.
CREATE TABLE vote_attendance (
    vote_id  bigint NOT NULL,
    elector  varchar(40) NOT NULL,
    PRIMARY KEY (vote_id, elector),
    FOREIGN KEY (vote_id, elector) REFERENCES vote_elector (vote_id, elector) ON DELETE CASCADE
);
