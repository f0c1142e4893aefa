-- Brings V25 as first written (be16718; shipped by f201861, 2026-12-04: signed_document with a unique constraint
-- signed_document_once and no superseded_at) to V25 as it shipped in 52704e0 and holds again (superseded_at, and
-- signed_document_once a unique index over the originals that stand). These are V27's statements, so a database
-- that already ran V27 (every one built by f201861) finds them done, and V27 finds them done on one that had not.
ALTER TABLE signed_document ADD COLUMN IF NOT EXISTS superseded_at timestamptz;
ALTER TABLE signed_document DROP CONSTRAINT IF EXISTS signed_document_once;
CREATE UNIQUE INDEX IF NOT EXISTS signed_document_once ON signed_document (kind, ref_id) WHERE superseded_at IS NULL;
