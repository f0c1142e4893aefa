-- A person's calendar feed (lịch thi đua): the secret link a phone's calendar subscribes to, since a
-- phone cannot sign in. The link carries 256 random bits; only their SHA-256 is kept. A person has at
-- most one live link: making a new one revokes the old (revoked_at), which then answers 404.
CREATE TABLE calendar_feed (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_sha256  bytea       NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE UNIQUE INDEX calendar_feed_one_live ON calendar_feed (user_id) WHERE revoked_at IS NULL;
