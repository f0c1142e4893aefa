-- Brings V2 as shipped by e8ef7d5, 29e6779, 12e06bf or 780eb11 (2026-11-23) to V2 as it is:
-- screening results by numbered texts, without foreign keys, under a block-range index.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'screening_text') THEN
        -- results of that first format hold whole explanations, which today's reader cannot read
        UPDATE screening_run SET status = 'FAILED',
               error = 'Kết quả của lượt kiểm tra này được tạo trước khi nâng cấp và không còn đọc được; hãy chạy lại.'
         WHERE id IN (SELECT DISTINCT run_id FROM screening_result);
        DELETE FROM screening_result;
        CREATE TABLE screening_text (
            run_id  bigint  NOT NULL,
            idx     integer NOT NULL,
            text    text    NOT NULL,
            PRIMARY KEY (run_id, idx)
        );
    END IF;
    ALTER TABLE screening_text DROP CONSTRAINT IF EXISTS screening_text_run_id_fkey;
    ALTER TABLE screening_result DROP CONSTRAINT IF EXISTS screening_result_run_id_fkey;
    ALTER TABLE screening_result DROP CONSTRAINT IF EXISTS screening_result_subject_id_fkey;
    ALTER TABLE screening_result DROP CONSTRAINT IF EXISTS screening_result_pkey;
    ALTER TABLE screening_result ALTER COLUMN full_name DROP NOT NULL;
    IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'screening_result_run' AND indexdef LIKE '%USING brin%') THEN
        DROP INDEX IF EXISTS screening_result_run;
        CREATE INDEX screening_result_run ON screening_result USING brin (run_id, row_no);
    END IF;
END $$;
