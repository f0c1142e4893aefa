-- Brings V1 as shipped by 27f11bf or cd78e4d (2026-11-23, before the first landing) to V1 as it is:
-- the Vietnamese collation, and bloc years and members tied to their bloc's kind and year.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collnamespace = current_schema()::regnamespace AND collname = 'vi') THEN
        CREATE COLLATION vi (provider = icu, locale = 'vi-VN');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conname = 'bloc_id_kind') THEN
        ALTER TABLE bloc ADD CONSTRAINT bloc_id_kind UNIQUE (id, kind);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'bloc_year' AND column_name = 'bloc_kind') THEN
        ALTER TABLE bloc_year ADD COLUMN bloc_kind varchar(20);
        UPDATE bloc_year y SET bloc_kind = b.kind FROM bloc b WHERE b.id = y.bloc_id;
        ALTER TABLE bloc_year ALTER COLUMN bloc_kind SET NOT NULL;
    END IF;
    ALTER TABLE bloc_year DROP CONSTRAINT IF EXISTS bloc_year_bloc_id_fkey;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conname = 'bloc_year_id_year_kind') THEN
        ALTER TABLE bloc_year ADD CONSTRAINT bloc_year_id_year_kind UNIQUE (id, year, bloc_kind);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conname = 'bloc_year_bloc') THEN
        ALTER TABLE bloc_year ADD CONSTRAINT bloc_year_bloc FOREIGN KEY (bloc_id, bloc_kind)
            REFERENCES bloc (id, kind) ON UPDATE CASCADE;
    END IF;
    ALTER TABLE bloc_member DROP CONSTRAINT IF EXISTS bloc_member_bloc_year_id_fkey;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conname = 'bloc_member_year') THEN
        ALTER TABLE bloc_member ADD CONSTRAINT bloc_member_year FOREIGN KEY (bloc_year_id, year, bloc_kind)
            REFERENCES bloc_year (id, year, bloc_kind) ON UPDATE CASCADE ON DELETE CASCADE;
    END IF;
END $$;
