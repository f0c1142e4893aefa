-- Brings V9 as shipped by 9507942, f46e655 or 6c7de0f (2026-12-02) to V9 as it is: the council's
-- vote kept per candidate (the first build kept it on the proposal, with an option labelled
-- "name – award" per candidate), and the exact-name index of people.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'proposal_candidate' AND column_name = 'council_vote_id') THEN
        ALTER TABLE proposal_candidate ADD COLUMN council_vote_id bigint;
        ALTER TABLE proposal_candidate ADD CONSTRAINT proposal_candidate_council_vote_id_fkey
            FOREIGN KEY (council_vote_id) REFERENCES vote (id);
        ALTER TABLE proposal_candidate ADD COLUMN council_option_id bigint;
    END IF;
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'proposal' AND column_name = 'council_vote_id') THEN
        -- two options of one council vote with the same label cannot be told apart by a script
        IF EXISTS (SELECT 1 FROM vote_option o JOIN proposal p ON p.council_vote_id = o.vote_id
                    GROUP BY o.vote_id, o.label HAVING count(*) > 1) THEN
            RAISE EXCEPTION 'V9 bridge: a council vote has two options with the same label; set proposal_candidate.council_option_id by hand, then start again';
        END IF;
        UPDATE proposal_candidate c
           SET council_vote_id = p.council_vote_id,
               council_option_id = (SELECT min(o.id) FROM vote_option o WHERE o.vote_id = p.council_vote_id
                                     AND o.label = c.full_name || ' – ' || c.award_label)
          FROM proposal p
         WHERE p.id = c.proposal_id AND p.council_vote_id IS NOT NULL AND c.council_vote_id IS NULL;
        ALTER TABLE proposal DROP COLUMN council_vote_id;
    END IF;
    CREATE INDEX IF NOT EXISTS subject_unit_exact_name ON subject (unit_id, lower(normalize(full_name, NFC)));
END $$;
