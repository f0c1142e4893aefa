-- An onboarding workbook imported as a job (platform.jobs): the file kept until its run ends, so
-- that any instance runs it and any instance shows its progress and report. Activation links of
-- the accounts it created are kept only until the person who imported reads them once.
CREATE TABLE onboarding_import (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES app_user (id),
    workbook    bytea,
    report      jsonb,
    errors      jsonb,
    links       jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX onboarding_import_user ON onboarding_import (user_id, id);
