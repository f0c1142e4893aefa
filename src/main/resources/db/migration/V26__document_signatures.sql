-- The signatures of a signed document (ký số, PAdES): a document may carry several (the conference's
-- minutes: its chair and its secretary), each filling one of the places its issuing feature names, in
-- the order of that list (place 0 first). signed_document keeps the first signer's columns; its content
-- is the latest signed revision, each later signature an incremental update of the stored bytes.
CREATE TABLE document_signature (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signed_document_id bigint       NOT NULL REFERENCES signed_document (id),
    place              smallint     NOT NULL CHECK (place >= 0),
    place_title        varchar(200) NOT NULL,
    place_name         varchar(500) NOT NULL,
    signer_user_id     bigint       NOT NULL REFERENCES app_user (id),
    signer_subject     varchar(500) NOT NULL,
    signer_serial      varchar(100) NOT NULL,
    level              varchar(20)  NOT NULL,
    how                varchar(20)  NOT NULL CHECK (how IN ('PKCS11', 'PKCS12', 'UPLOADED')),
    signed_at          timestamptz  NOT NULL,
    CONSTRAINT document_signature_one_a_place UNIQUE (signed_document_id, place)
);

-- every document signed so far has one signer, in its one place
INSERT INTO document_signature (signed_document_id, place, place_title, place_name, signer_user_id,
                                signer_subject, signer_serial, level, how, signed_at)
SELECT id, 0, 'Người ký', signer_subject, signer_user_id, signer_subject, signer_serial, level, how, signed_at
FROM signed_document
ORDER BY id;
