-- One enabled account per council member: a member votes once. V10 as landed (ce2a642) creates this
-- index; databases built by V10's first content (154f703) lack it and get it here. Where a member
-- already has several enabled accounts, the oldest stays enabled and the others are disabled (and
-- signed out): an administrator or the board re-enables the right one.
WITH extra AS (
    SELECT id, username FROM (
        SELECT id, username, row_number() OVER (PARTITION BY council_member_id ORDER BY id) AS n
          FROM app_user WHERE council_member_id IS NOT NULL AND enabled) ranked
     WHERE n > 1),
disabled AS (
    UPDATE app_user SET enabled = false WHERE id IN (SELECT id FROM extra) RETURNING username)
DELETE FROM spring_session WHERE principal_name IN (SELECT username FROM disabled);

CREATE UNIQUE INDEX IF NOT EXISTS app_user_council_member ON app_user (council_member_id)
    WHERE council_member_id IS NOT NULL AND enabled;
