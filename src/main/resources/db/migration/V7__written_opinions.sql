-- Written opinions (ý kiến bằng văn bản) of member units absent from the conference, recorded by
-- the chair: they count as ballots and as participants, never above the electorate.
ALTER TABLE vote ADD COLUMN written integer NOT NULL DEFAULT 0 CHECK (written >= 0);
ALTER TABLE vote ADD CONSTRAINT vote_participants CHECK (present IS NULL OR present + written <= electorate);
