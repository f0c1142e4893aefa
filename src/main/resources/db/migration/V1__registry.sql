-- The registry of authorities, units, blocs and bloc years (feature "org"), and the user accounts.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary); pinning the dictionary makes it safe to use
-- in generated columns and indexes. "Sở Tư pháp" -> "so tu phap", "Đoàn" -> "doan".
CREATE FUNCTION search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Vietnamese alphabetical order (Đ after D, not after Z) for every list shown to users.
CREATE COLLATION vi (provider = icu, locale = 'vi-VN');

CREATE TABLE authority (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          varchar(40)  NOT NULL UNIQUE,
    name          varchar(200) NOT NULL,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('PROVINCE', 'MINISTRY')),
    successor_id  bigint REFERENCES authority (id),
    merged_on     date,
    note          varchar(1000),
    version       bigint NOT NULL DEFAULT 0,
    search_text   text GENERATED ALWAYS AS (search_key(name || ' ' || code)) STORED,
    CONSTRAINT authority_name_unique UNIQUE (name),
    CONSTRAINT authority_not_own_successor CHECK (successor_id IS NULL OR successor_id <> id)
);

CREATE TABLE council_member (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint NOT NULL REFERENCES authority (id),
    full_name     varchar(200) NOT NULL,
    position      varchar(300),
    version       bigint NOT NULL DEFAULT 0
);
CREATE INDEX council_member_authority ON council_member (authority_id);

CREATE TABLE unit (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint NOT NULL REFERENCES authority (id),
    name          varchar(300) NOT NULL,
    short_name    varchar(60),
    kind          varchar(30)  NOT NULL,
    email         varchar(200),
    phone         varchar(40),
    active        boolean NOT NULL DEFAULT true,
    ended_on      date,
    version       bigint NOT NULL DEFAULT 0,
    search_text   text GENERATED ALWAYS AS (search_key(name || ' ' || coalesce(short_name, ''))) STORED
);
CREATE INDEX unit_authority ON unit (authority_id);
CREATE UNIQUE INDEX unit_name_in_authority ON unit (authority_id, search_key(name)) WHERE active;
CREATE INDEX unit_search ON unit USING gin (search_text gin_trgm_ops);

-- Renames, mergers and splits: the successor carries on the predecessor's history.
CREATE TABLE unit_succession (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    predecessor_id  bigint NOT NULL REFERENCES unit (id),
    successor_id    bigint NOT NULL REFERENCES unit (id),
    kind            varchar(20) NOT NULL CHECK (kind IN ('RENAMED', 'MERGED_INTO', 'SPLIT_INTO')),
    effective_on    date NOT NULL,
    legal_basis     varchar(300),
    CONSTRAINT unit_succession_distinct CHECK (predecessor_id <> successor_id),
    CONSTRAINT unit_succession_unique UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX unit_succession_successor ON unit_succession (successor_id);

CREATE TABLE bloc (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  bigint NOT NULL REFERENCES authority (id),
    name          varchar(300) NOT NULL,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('KHOI', 'CUM', 'KHU_VUC')),
    description   varchar(2000),
    version       bigint NOT NULL DEFAULT 0,
    search_text   text GENERATED ALWAYS AS (search_key(name)) STORED,
    CONSTRAINT bloc_id_kind UNIQUE (id, kind)
);
CREATE UNIQUE INDEX bloc_name_in_authority ON bloc (authority_id, search_key(name));
CREATE INDEX bloc_search ON bloc USING gin (search_text gin_trgm_ops);

CREATE TABLE bloc_year (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bloc_id            bigint NOT NULL,
    bloc_kind          varchar(20) NOT NULL,
    year               integer NOT NULL,
    leader_unit_id     bigint REFERENCES unit (id),
    deputy_unit_id     bigint REFERENCES unit (id),
    council_member_id  bigint REFERENCES council_member (id),
    flag_quota         integer CHECK (flag_quota IS NULL OR flag_quota >= 0),
    note               varchar(2000),
    version            bigint NOT NULL DEFAULT 0,
    CONSTRAINT bloc_year_unique UNIQUE (bloc_id, year),
    CONSTRAINT bloc_year_id_year_kind UNIQUE (id, year, bloc_kind),
    CONSTRAINT bloc_year_bloc FOREIGN KEY (bloc_id, bloc_kind) REFERENCES bloc (id, kind) ON UPDATE CASCADE,
    CONSTRAINT bloc_year_leader_not_deputy CHECK (leader_unit_id IS NULL OR leader_unit_id <> deputy_unit_id)
);

-- year and bloc_kind are copied from the bloc year (and held equal to it by the foreign key) so
-- that the database itself refuses a unit in two blocs of the same kind in one year, even under
-- concurrent edits.
CREATE TABLE bloc_member (
    bloc_year_id  bigint  NOT NULL,
    unit_id       bigint  NOT NULL REFERENCES unit (id),
    year          integer NOT NULL,
    bloc_kind     varchar(20) NOT NULL,
    PRIMARY KEY (bloc_year_id, unit_id),
    CONSTRAINT bloc_member_year FOREIGN KEY (bloc_year_id, year, bloc_kind)
        REFERENCES bloc_year (id, year, bloc_kind) ON UPDATE CASCADE ON DELETE CASCADE,
    CONSTRAINT bloc_member_one_bloc_per_kind UNIQUE (unit_id, year, bloc_kind)
);

CREATE TABLE app_user (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username           varchar(60)  NOT NULL UNIQUE,
    password_hash      varchar(200) NOT NULL,
    full_name          varchar(200) NOT NULL,
    role               varchar(20)  NOT NULL CHECK (role IN ('ADMIN', 'BOARD', 'UNIT_OFFICER', 'COUNCIL_MEMBER')),
    authority_id       bigint REFERENCES authority (id),
    unit_id            bigint REFERENCES unit (id),
    council_member_id  bigint REFERENCES council_member (id),
    enabled            boolean NOT NULL DEFAULT true,
    CONSTRAINT app_user_scope CHECK (
        (role = 'ADMIN') OR
        (role = 'BOARD' AND authority_id IS NOT NULL) OR
        (role = 'UNIT_OFFICER' AND unit_id IS NOT NULL) OR
        (role = 'COUNCIL_MEMBER' AND council_member_id IS NOT NULL))
);
