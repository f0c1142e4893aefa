-- Feature "accounts": people get accounts from an administrator or their board, activate them by a
-- one-time link, and sign in with a password (locked after repeated failures), a second factor
-- (TOTP) or the province's identity provider; other systems call the API with a service token.

-- An account created by someone else has no password until its person sets one through the link.
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE app_user
    ADD COLUMN email                varchar(200),
    ADD COLUMN kind                 varchar(10) NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'SERVICE')),
    ADD COLUMN must_change_password boolean     NOT NULL DEFAULT false,
    ADD COLUMN failed_sign_ins      integer     NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    ADD COLUMN locked_until         timestamptz,
    ADD COLUMN totp_secret          varchar(64),
    ADD COLUMN totp_last_step       bigint      NOT NULL DEFAULT 0,
    ADD COLUMN password_changed_at  timestamptz,
    ADD COLUMN created_at           timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN created_by           bigint REFERENCES app_user (id),
    ADD COLUMN version              integer     NOT NULL DEFAULT 0;
-- usernames and e-mails are matched without case (sign-in, single sign-on)
CREATE UNIQUE INDEX app_user_username_ci ON app_user (lower(username));
CREATE UNIQUE INDEX app_user_email_ci ON app_user (lower(email)) WHERE email IS NOT NULL;
-- one enabled account per council member: a member votes once
CREATE UNIQUE INDEX app_user_council_member ON app_user (council_member_id) WHERE council_member_id IS NOT NULL AND enabled;
-- a service account never signs in with a password nor a second factor
ALTER TABLE app_user ADD CONSTRAINT app_user_service_has_no_password
    CHECK (kind = 'PERSON' OR (password_hash IS NULL AND totp_secret IS NULL));

-- One-time links to set a password (activation, reset): only the SHA-256 of the token is kept.
CREATE TABLE account_link (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES app_user (id),
    token_sha256  bytea       NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz,
    created_by    bigint REFERENCES app_user (id),
    CHECK (expires_at > created_at)
);
CREATE INDEX account_link_user ON account_link (user_id);

-- Recovery codes of the second factor, each usable once; only their SHA-256 is kept.
CREATE TABLE recovery_code (
    user_id      bigint   NOT NULL REFERENCES app_user (id),
    code_sha256  char(64) NOT NULL,
    used_at      timestamptz,
    PRIMARY KEY (user_id, code_sha256)
);

-- Tokens of service accounts: a high-entropy secret shown once, kept as SHA-256 (no bcrypt per call).
CREATE TABLE service_token (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES app_user (id),
    token_sha256  bytea       NOT NULL UNIQUE,
    token_hint    varchar(12) NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    bigint REFERENCES app_user (id),
    revoked_at    timestamptz
);
CREATE INDEX service_token_user ON service_token (user_id);

-- Sessions and their CSRF tokens shared by every instance on this database (Spring Session JDBC's
-- schema for PostgreSQL), so that a restart or a second instance logs nobody out.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval integer      NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
