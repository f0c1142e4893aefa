-- V10 (as landed) creates the index of one enabled account per council member. A database built
-- before V10 may give a member several enabled accounts: the oldest stays enabled and the others are
-- disabled, so that V10 runs; an administrator or the board re-enables the right one. (Sessions were
-- kept in memory then: there is no session table to clear yet.)
UPDATE app_user SET enabled = false
 WHERE id IN (SELECT id FROM (
        SELECT id, row_number() OVER (PARTITION BY council_member_id ORDER BY id) AS n
          FROM app_user WHERE council_member_id IS NOT NULL AND enabled) ranked
       WHERE n > 1);
