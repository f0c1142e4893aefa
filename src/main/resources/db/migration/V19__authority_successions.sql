-- Successions of provinces and ministries recorded through the product (issue 17): a merger keeps
-- using authority.successor_id and merged_on, now with its legal basis; a rename keeps the authority
-- (its units, blocs, accounts and decision numbers stay where they are) and moves the old name here,
-- so that documents and the registry of earlier years show the name of the time.
ALTER TABLE authority ADD COLUMN merger_basis varchar(300);

CREATE TABLE authority_former_name (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint       NOT NULL REFERENCES authority (id),
    name          varchar(200) NOT NULL,
    -- the first day of the next name: this name was borne until the day before
    renamed_on    date         NOT NULL,
    legal_basis   varchar(300),
    CONSTRAINT authority_former_name_once UNIQUE (authority_id, renamed_on)
);
