-- V10's first content (154f703) had no index of one enabled account per council member; the landed
-- content (ce2a642) creates it. A database built by the first content gets that index from V17
-- (IF NOT EXISTS, after disabling a member's extra enabled accounts), so only its recorded checksum
-- is brought to the landed content here.
SELECT 1;
