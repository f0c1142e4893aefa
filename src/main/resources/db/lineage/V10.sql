-- V10 as edited by ce2a642 (2026-12-03) added the index of one enabled account per council member
-- after V10 had landed. V10 is back to its landed content and V17 adds that index where it is
-- missing (IF NOT EXISTS), so a database built by the edited content has nothing to change here:
-- only its recorded checksum is brought back to the landed content.
SELECT 1;
