-- Who votes: the bloc's member units (one vote each) or the authority's emulation council (one each).
ALTER TABLE vote ADD COLUMN electorate_kind varchar(20) NOT NULL DEFAULT 'MEMBER_UNITS'
    CHECK (electorate_kind IN ('MEMBER_UNITS', 'COUNCIL'));
