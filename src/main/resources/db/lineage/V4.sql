-- Brings V4 as shipped by 01d7113 (2026-11-23) to V4 as it is: counters spread over slots. The
-- counts kept so far become slot 0, so every total stays what it was.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'vote_tally' AND column_name = 'slot') THEN
        ALTER TABLE vote_tally ADD COLUMN slot smallint NOT NULL DEFAULT 0;
        ALTER TABLE vote_tally ALTER COLUMN slot DROP DEFAULT;
        ALTER TABLE vote_tally ADD CONSTRAINT vote_tally_slot_check CHECK (slot BETWEEN 0 AND 15);
        ALTER TABLE vote_tally DROP CONSTRAINT vote_tally_pkey;
        ALTER TABLE vote_tally ADD CONSTRAINT vote_tally_pkey PRIMARY KEY (vote_id, option_id, slot);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'vote_ballots' AND column_name = 'slot') THEN
        ALTER TABLE vote_ballots ADD COLUMN slot smallint NOT NULL DEFAULT 0;
        ALTER TABLE vote_ballots ALTER COLUMN slot DROP DEFAULT;
        ALTER TABLE vote_ballots ADD CONSTRAINT vote_ballots_slot_check CHECK (slot BETWEEN 0 AND 15);
        ALTER TABLE vote_ballots DROP CONSTRAINT vote_ballots_pkey;
        ALTER TABLE vote_ballots ADD CONSTRAINT vote_ballots_pkey PRIMARY KEY (vote_id, slot);
    END IF;
END $$;
