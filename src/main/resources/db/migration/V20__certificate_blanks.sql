-- Where each line of a certificate is printed on an authority's pre-printed blank (phôi) of one kind:
-- the blank's size, and per field its box (from the blank's top-left corner, in millimetres), its
-- alignment, typeface and size. One layout per authority and kind, saved by its board and reused.
CREATE TABLE certificate_blank (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id   bigint NOT NULL REFERENCES authority (id),
    kind           varchar(20) NOT NULL CHECK (kind IN ('BANG_KHEN', 'GIAY_KHEN')),
    page_width_mm  numeric(5, 1) NOT NULL CHECK (page_width_mm BETWEEN 100 AND 500),
    page_height_mm numeric(5, 1) NOT NULL CHECK (page_height_mm BETWEEN 100 AND 500),
    version        bigint NOT NULL DEFAULT 0,
    updated_by     varchar(100) NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT certificate_blank_one_per_kind UNIQUE (authority_id, kind)
);

CREATE TABLE certificate_blank_field (
    blank_id   bigint NOT NULL REFERENCES certificate_blank (id) ON DELETE CASCADE,
    field      varchar(30) NOT NULL CHECK (field IN ('CONFERRED_BY', 'RECIPIENT', 'UNIT', 'ACHIEVEMENT', 'DECISION',
                                                     'NUMBER', 'PLACE_AND_DATE', 'SIGNER_TITLE', 'SIGNER_NAME')),
    printed    boolean NOT NULL,
    x_mm       numeric(5, 1) NOT NULL CHECK (x_mm >= 0),
    y_mm       numeric(5, 1) NOT NULL CHECK (y_mm > 0),
    width_mm   numeric(5, 1) NOT NULL CHECK (width_mm > 0),
    align      varchar(10) NOT NULL CHECK (align IN ('LEFT', 'CENTRE')),
    face       varchar(10) NOT NULL CHECK (face IN ('REGULAR', 'BOLD', 'ITALIC')),
    size_pt    numeric(4, 1) NOT NULL CHECK (size_pt BETWEEN 6 AND 60),
    PRIMARY KEY (blank_id, field)
);
