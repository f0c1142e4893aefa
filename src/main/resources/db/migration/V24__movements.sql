-- Emulation movements (phong trào thi đua) of an authority, issue 21: the launching document, the period, who takes
-- part, and the results when it is closed. Kinds and scopes are those of Luật Thi đua, khen thưởng 2022, Điều 16
-- (movements.domain.MovementKind, MovementScope); the launcher's level is a column of form 0601.N/BNV-TĐKT
-- (Thông tư 02/2023/TT-BNV).
CREATE TABLE movement (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id           bigint        NOT NULL REFERENCES authority (id),
    name                   varchar(500)  NOT NULL,
    kind                   varchar(20)   NOT NULL CHECK (kind IN ('THUONG_XUYEN', 'CHUYEN_DE')),
    scope                  varchar(20)   NOT NULL CHECK (scope IN ('NATIONAL', 'AUTHORITY', 'BLOC', 'UNIT')),
    launcher               varchar(20)   NOT NULL CHECK (launcher IN ('CENTRAL', 'AUTHORITY', 'UNIT')),
    document_number        varchar(60),
    document_date          date,
    signer                 varchar(200),
    launched_on            date,
    period_from            date          NOT NULL,
    period_to              date          NOT NULL,
    participants           varchar(2000),
    status                 varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'LAUNCHED', 'CLOSED')),
    result_summary         varchar(4000),
    collectives_commended  integer CHECK (collectives_commended >= 0),
    individuals_commended  integer CHECK (individuals_commended >= 0),
    award_decisions        varchar(1000),
    version                bigint        NOT NULL DEFAULT 0,
    created_by             varchar(60)   NOT NULL,
    created_at             timestamptz   NOT NULL,
    updated_by             varchar(60)   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    CONSTRAINT movement_period CHECK (period_from <= period_to),
    CONSTRAINT movement_launched CHECK (status = 'DRAFT' OR (launched_on IS NOT NULL AND document_number IS NOT NULL)),
    CONSTRAINT movement_closed CHECK (status <> 'CLOSED' OR result_summary IS NOT NULL)
);
CREATE INDEX movement_authority ON movement (authority_id, period_from);
