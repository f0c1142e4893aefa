-- The audit log: security events and administrative writes, one append-only table. Each row carries
-- the SHA-256 of its own content chained to the previous row's, so that a row changed or removed by
-- someone with access to the database is found by `audit-verify`. Rows older than the retention
-- period are removed only by the application's purge, which says so in the log itself.
CREATE SEQUENCE audit_event_id_seq;
CREATE TABLE audit_event (
    id            bigint       PRIMARY KEY,
    at            timestamptz  NOT NULL,
    action        varchar(40)  NOT NULL,
    actor_id      bigint,
    actor_name    varchar(200) NOT NULL,
    authority_id  bigint,
    subject       varchar(200) NOT NULL,
    detail        text         NOT NULL,
    address       varchar(64),
    prev_hash     char(64)     NOT NULL,
    hash          char(64)     NOT NULL UNIQUE
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_authority_at ON audit_event (authority_id, at);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('thidua.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only (%)', TG_OP;
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
