-- A digitally signed document (ký số, PAdES): once signed it is the original, and every later download
-- of that document gives exactly these bytes. A document is named by its kind and the row it is drawn
-- from (DECISION and a proposal's id, ...), signed once while it stands. unsigned_sha256 is the hash of
-- the PDF the product issued; the signed file's first revision is exactly those bytes. A signed original
-- that no longer stands (a tờ trình whose proposal was returned to be redone) is kept, marked superseded,
-- and the document may be signed again.
CREATE TABLE signed_document (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             varchar(40)  NOT NULL,
    ref_id           bigint       NOT NULL,
    authority_id     bigint       NOT NULL REFERENCES authority (id),
    file_name        varchar(200) NOT NULL,
    content          bytea        NOT NULL,
    content_sha256   bytea        NOT NULL,
    unsigned_sha256  bytea        NOT NULL,
    signer_user_id   bigint       NOT NULL REFERENCES app_user (id),
    signer_subject   varchar(500) NOT NULL,
    signer_serial    varchar(100) NOT NULL,
    level            varchar(20)  NOT NULL,
    how              varchar(20)  NOT NULL CHECK (how IN ('PKCS11', 'PKCS12', 'UPLOADED')),
    signed_at        timestamptz  NOT NULL,
    superseded_at    timestamptz
);
CREATE UNIQUE INDEX signed_document_once ON signed_document (kind, ref_id) WHERE superseded_at IS NULL;
