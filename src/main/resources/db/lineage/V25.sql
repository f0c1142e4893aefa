-- Brings V25 as shipped by 52704e0 (2026-12-04: signed_document with superseded_at and the partial unique
-- index signed_document_once) to V25 as it is again (a unique constraint of the same name, no superseded_at).
-- Nothing is undone: the shipped content is exactly what V27 adds on top of V25, and V27 finds it there and
-- leaves it (its statements are IF [NOT] EXISTS), so such a database ends with the schema of a new one and
-- keeps its superseded originals, which the unique constraint of V25 would refuse.
SELECT 1;
