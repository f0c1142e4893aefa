-- A signed original that no longer stands (a tờ trình whose proposal was returned to be redone) is kept,
-- marked superseded, and the document may be signed again: "once" holds for the originals that stand.
-- Written to find its work already done: databases built by 52704e0 got it from an edit of V25 (undone;
-- db/lineage/V25.sql), and every statement here is a no-op on them.
ALTER TABLE signed_document ADD COLUMN IF NOT EXISTS superseded_at timestamptz;
ALTER TABLE signed_document DROP CONSTRAINT IF EXISTS signed_document_once;
CREATE UNIQUE INDEX IF NOT EXISTS signed_document_once ON signed_document (kind, ref_id) WHERE superseded_at IS NULL;
